package dev.javakit.processor.parse;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.lang.annotation.ElementType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Reads the annotations named {@code Nullable} (from any library) that generated signatures and
 * records repeat, so that null checkers and the runtime codec see what the interface declared.
 *
 * <p>Only these are repeated: JavaPoet's {@code TypeName.get} drops every type-use annotation, and
 * other ones must stay dropped, since Hibernate Validator refuses an override that redeclares the
 * constraints ({@code List<@NotBlank String>}) of the method it implements.
 */
final class NullableTypes {

    private static final String NULLABLE = "Nullable";

    private NullableTypes() {
    }

    /** Returns whether {@code annotation} is named {@code Nullable}. */
    static boolean isNullable(AnnotationMirror annotation) {
        return annotation.getAnnotationType().asElement().getSimpleName().contentEquals(NULLABLE);
    }

    /** Returns {@code type} as JavaPoet names it, with its type-use {@code Nullable} annotations at every depth. */
    static TypeName of(TypeMirror type) {
        TypeName name = switch (type.getKind()) {
            case DECLARED -> declared((DeclaredType) type);
            case ARRAY -> ArrayTypeName.of(of(((ArrayType) type).getComponentType()));
            case WILDCARD -> wildcard((WildcardType) type);
            default -> TypeName.get(type);
        };
        List<AnnotationSpec> nullable = type.getAnnotationMirrors().stream()
                .filter(NullableTypes::isNullable)
                .map(AnnotationSpec::get)
                .toList();
        return nullable.isEmpty() ? name : name.annotated(nullable);
    }

    /**
     * Returns the declaration annotations named {@code Nullable} on a parameter or method, which an
     * override and a record component can carry as they are; those that are also type-use ones are
     * already on the type {@link #of} returns, and repeating them would be a compile error.
     */
    static List<AnnotationSpec> declarationAnnotations(Element element) {
        return element.getAnnotationMirrors().stream()
                .filter(NullableTypes::isNullable)
                .filter(annotation -> !targetsTypeUse(annotation))
                .map(AnnotationSpec::get)
                .toList();
    }

    private static boolean targetsTypeUse(AnnotationMirror annotation) {
        Element type = annotation.getAnnotationType().asElement();
        for (AnnotationMirror meta : type.getAnnotationMirrors()) {
            if (!((TypeElement) meta.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals("java.lang.annotation.Target")) {
                continue;
            }
            Object value = Annotations.value(meta, "value");
            if (value instanceof List<?> targets) {
                for (Object target : targets) {
                    if (target instanceof AnnotationValue v
                            && v.getValue() instanceof VariableElement constant
                            && constant.getSimpleName().contentEquals(ElementType.TYPE_USE.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static TypeName declared(DeclaredType type) {
        TypeMirror enclosing = type.getEnclosingType();
        if (enclosing.getKind() == TypeKind.DECLARED && !((DeclaredType) enclosing).getTypeArguments().isEmpty()) {
            // An inner class of a generic class (Outer<T>.Inner): JavaPoet names it whole, without annotations.
            return TypeName.get(type);
        }
        ClassName raw = ClassName.get((TypeElement) type.asElement());
        if (type.getTypeArguments().isEmpty()) {
            return raw;
        }
        return ParameterizedTypeName.get(raw,
                type.getTypeArguments().stream().map(NullableTypes::of).toArray(TypeName[]::new));
    }

    private static TypeName wildcard(WildcardType type) {
        if (type.getSuperBound() != null) {
            return WildcardTypeName.supertypeOf(of(type.getSuperBound()));
        }
        return WildcardTypeName.subtypeOf(type.getExtendsBound() != null ? of(type.getExtendsBound()) : ClassName.OBJECT);
    }
}
