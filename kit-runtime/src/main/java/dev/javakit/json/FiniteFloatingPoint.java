package dev.javakit.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Refuses a JSON number too large for a {@code double} or {@code float}, which Jackson reads as
 * infinity: JSON has no infinity, so an infinite result can only be a number out of range, and a
 * service should get a 400 naming the field rather than a value nobody sent.
 */
final class FiniteFloatingPoint extends DelegatingDeserializer {

    /** Wraps the standard deserializers of {@code double}, {@code float} and their boxes. */
    static final ValueDeserializerModifier MODIFIER = new ValueDeserializerModifier() {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            boolean floatingPoint = type == double.class || type == Double.class || type == float.class
                    || type == Float.class;
            return floatingPoint ? new FiniteFloatingPoint(deserializer) : deserializer;
        }
    };

    private FiniteFloatingPoint(ValueDeserializer<?> standard) {
        super(standard);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standard) {
        return new FiniteFloatingPoint(standard);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        Object value = super.deserialize(parser, context);
        if (value instanceof Double d && d.isInfinite() || value instanceof Float f && f.isInfinite()) {
            throw new InputCoercionException(parser, "number out of range", parser.currentToken(), handledType());
        }
        return value;
    }
}
