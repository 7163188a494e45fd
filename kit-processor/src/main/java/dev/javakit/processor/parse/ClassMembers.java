package dev.javakit.processor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The JSON properties of a class that is no record, found as the codec finds them: it builds the
 * class through a {@code @JsonCreator} constructor or factory, or a no-argument constructor, and
 * writes it through its getters, public fields and {@code @JsonProperty} members.
 *
 * @param properties the properties, in the order the members declare them; empty with a problem
 * @param problem why the codec can neither build nor write the class, with the fix; {@code null} when it can
 */
record ClassMembers(List<Property> properties, String problem) {

    private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

    /**
     * One property.
     *
     * @param name its JSON name
     * @param type its type, the creator argument's when there is one
     * @param nullable whether any member that makes it is annotated {@code Nullable}
     * @param fromCreator whether the creator takes it, which makes the codec check its presence
     */
    record Property(String name, TypeMirror type, boolean nullable, boolean fromCreator) {
    }

    /** Returns the properties of {@code element}, seen as {@code type}, or why it has none the codec can use. */
    static ClassMembers of(DeclaredType type, TypeElement element, Elements elements, Types types) {
        if (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)) {
            return problem("an inner class needs an instance of its outer class to be built; make it static, or a "
                    + "record");
        }
        ExecutableElement creator = null;
        boolean noArgument = false;
        for (Element member : element.getEnclosedElements()) {
            if (member instanceof ExecutableElement executable && Annotations.find(member, JSON_CREATOR) != null
                    && (member.getKind() == ElementKind.CONSTRUCTOR || member.getModifiers().contains(Modifier.STATIC))) {
                creator = executable;
            }
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
            noArgument |= constructor.getParameters().isEmpty();
        }
        if (creator == null && !noArgument) {
            return problem("the codec has no constructor to build it with; make it a record, annotate a constructor "
                    + "or factory method @JsonCreator, or add a no-argument constructor and setters");
        }
        Map<String, Found> found = new LinkedHashMap<>();
        for (Element member : elements.getAllMembers(element)) {
            if (member.getModifiers().contains(Modifier.STATIC)
                    || member.getEnclosingElement().toString().equals("java.lang.Object")
                    || Annotations.find(member, JSON_IGNORE) != null) {
                continue;
            }
            boolean visible = member.getModifiers().contains(Modifier.PUBLIC)
                    || Annotations.find(member, JSON_PROPERTY) != null;
            if (member.getKind() == ElementKind.FIELD && visible && !member.getModifiers().contains(Modifier.TRANSIENT)) {
                add(found, JsonShapes.wireName(member, member.getSimpleName().toString()), member,
                        types.asMemberOf(type, member), false);
            } else if (member instanceof ExecutableElement method && member.getKind() == ElementKind.METHOD && visible
                    && method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID) {
                String property = getterProperty(method);
                if (property != null) {
                    add(found, JsonShapes.wireName(member, property), member,
                            ((ExecutableType) types.asMemberOf(type, member)).getReturnType(), false);
                }
            }
        }
        if (creator != null) {
            ExecutableType creatorType = (ExecutableType) (creator.getKind() == ElementKind.CONSTRUCTOR
                    ? types.asMemberOf(type, creator) : creator.asType());
            for (int i = 0; i < creator.getParameters().size(); i++) {
                VariableElement parameter = creator.getParameters().get(i);
                add(found, JsonShapes.wireName(parameter, parameter.getSimpleName().toString()), parameter,
                        creatorType.getParameterTypes().get(i), true);
            }
        }
        if (found.isEmpty()) {
            return problem("it has no getters, public fields or @JsonProperty members, so the codec would write it as "
                    + "{}; make it a record, or add getters");
        }
        List<Property> properties = new ArrayList<>();
        found.forEach((name, property) ->
                properties.add(new Property(name, property.type, property.nullable, property.fromCreator)));
        return new ClassMembers(List.copyOf(properties), null);
    }

    private static ClassMembers problem(String problem) {
        return new ClassMembers(List.of(), problem);
    }

    /** What the members that make one property say of it, gathered member by member. */
    private static final class Found {
        TypeMirror type;
        boolean nullable;
        boolean fromCreator;
    }

    private static void add(Map<String, Found> found, String name, Element element, TypeMirror type,
            boolean fromCreator) {
        Found property = found.computeIfAbsent(name, n -> new Found());
        if (property.type == null || fromCreator) {
            property.type = type;
        }
        property.nullable |= !type.getKind().isPrimitive() && Annotations.isNullable(element, type);
        property.fromCreator |= fromCreator;
    }

    /** Returns the property a getter names, as Jackson derives it ({@code getURL} is {@code url}), or {@code null}. */
    private static String getterProperty(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        String stem;
        if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
            stem = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
                && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            stem = name.substring(2);
        } else {
            return Annotations.find(method, JSON_PROPERTY) != null ? name : null;
        }
        int upper = 0;
        while (upper < stem.length() && Character.isUpperCase(stem.charAt(upper))) {
            upper++;
        }
        return stem.substring(0, upper).toLowerCase(Locale.ROOT) + stem.substring(upper);
    }
}
