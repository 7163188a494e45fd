package dev.javakit.json;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * Makes the fields of records and other creator-built classes required: a field is optional only
 * when its type is an {@code Optional} (or {@code OptionalInt}, {@code OptionalLong},
 * {@code OptionalDouble}), a {@code List}, {@code Set}, {@code Collection} or {@code Map} (read as
 * empty when absent, as Go omits empty ones), or when it carries an annotation named
 * {@code Nullable} from any library. Reading an object without a required field, or with
 * {@code null} for one, fails with one {@link MissingFieldsException} naming all of that object's
 * missing fields.
 *
 * <p>Which fields are required is decided once per type, when Jackson builds its deserializer; a
 * read only asks Jackson's buffer which creator arguments it saw.
 */
final class RequiredFields extends SimpleValueInstantiators {

    private static final long serialVersionUID = 1L;

    private static final Set<Class<?>> OPTIONAL_TYPES = Set.of(Optional.class, OptionalInt.class,
            OptionalLong.class, OptionalDouble.class, List.class, Set.class, Collection.class, Map.class);

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier description,
            ValueInstantiator instantiator) {
        if (!instantiator.canCreateFromObjectWith()) {
            return instantiator;
        }
        SettableBeanProperty[] properties = instantiator.getFromObjectArguments(config);
        if (properties == null) {
            return instantiator;
        }
        boolean[] required = new boolean[properties.length];
        boolean any = false;
        for (SettableBeanProperty property : properties) {
            int index = property.getCreatorIndex();
            if (index >= 0 && index < required.length && isRequired(property)) {
                required[index] = true;
                any = true;
            }
        }
        return any ? new Checking(instantiator, required) : instantiator;
    }

    private static boolean isRequired(SettableBeanProperty property) {
        if (property.getInjectableValueId() != null || OPTIONAL_TYPES.contains(property.getType().getRawClass())) {
            return false;
        }
        return !(property.getMember() instanceof AnnotatedParameter parameter) || !isNullable(parameter);
    }

    /**
     * Looks for {@code Nullable} wherever Java puts an annotation written on a creator parameter or
     * a record component: the parameter and its type, and a record's component, accessor and field.
     */
    private static boolean isNullable(AnnotatedParameter parameter) {
        if (!(parameter.getOwner().getAnnotated() instanceof Executable creator)) {
            return false;
        }
        Parameter[] parameters = creator.getParameters();
        int index = parameter.getIndex();
        if (index < 0 || index >= parameters.length) {
            return false;
        }
        if (hasNullable(parameters[index]) || hasNullable(parameters[index].getAnnotatedType())) {
            return true;
        }
        Class<?> type = creator.getDeclaringClass();
        if (!type.isRecord() || !(creator instanceof Constructor<?> constructor)) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] canonical = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        if (!Arrays.equals(constructor.getParameterTypes(), canonical)) {
            return false;
        }
        RecordComponent component = components[index];
        if (hasNullable(component) || hasNullable(component.getAnnotatedType()) || hasNullable(component.getAccessor())) {
            return true;
        }
        try {
            return hasNullable(type.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static boolean hasNullable(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    /** Delegates creation, after checking that every required creator argument was in the input. */
    private static final class Checking extends ValueInstantiator.Delegating {

        private static final long serialVersionUID = 1L;

        private final boolean[] required;

        Checking(ValueInstantiator standard, boolean[] required) {
            super(standard);
            this.required = required;
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext context, BeanDescription.Supplier description) {
            ValueInstantiator contextual = delegate().createContextual(context, description);
            return contextual == delegate() ? this : new Checking(contextual, required);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, SettableBeanProperty[] properties,
                PropertyValueBuffer buffer) {
            List<String> missing = null;
            for (SettableBeanProperty property : properties) {
                int index = property.getCreatorIndex();
                if (index >= 0 && index < required.length && required[index] && !given(context, buffer, property)) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(property.getName());
                }
            }
            if (missing != null) {
                throw new MissingFieldsException(context.getParser(), getValueClass(), missing);
            }
            return delegate().createFromObjectWith(context, properties, buffer);
        }

        /**
         * Returns whether the input gave a required field a value: present, and not {@code null}, since
         * a field that may be {@code null} is declared so ({@code Nullable}, {@code Optional}), and a
         * {@code null} where none may be is what an absent field would become, an NPE in the service.
         * A primitive's {@code null} never gets here: Jackson refuses it as not a number.
         */
        private static boolean given(DeserializationContext context, PropertyValueBuffer buffer,
                SettableBeanProperty property) {
            return buffer.hasParameter(property)
                    && (property.getType().isPrimitive() || buffer.getParameter(context, property) != null);
        }
    }
}
