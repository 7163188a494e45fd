package dev.javakit.processor.parse;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Reads annotations as mirrors, so the processor never loads the annotated code's classes. */
public final class Annotations {

    private Annotations() {
    }

    /** Returns the annotation of type {@code qualifiedName} on {@code element}, or {@code null}. */
    public static AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (qualifiedName(mirror).equals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    /** Returns the qualified name of an annotation's type. */
    public static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** Returns the value of the annotation's {@code name} element, or {@code null} when not set and without default. */
    public static Object value(AnnotationMirror mirror, String name) {
        AnnotationValue value = annotationValue(mirror, name);
        return value == null ? null : value.getValue();
    }

    /** Returns the {@link AnnotationValue} of the annotation's {@code name} element, defaults included. */
    public static AnnotationValue annotationValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(name)) {
                return method.getDefaultValue();
            }
        }
        return null;
    }

    /** Returns whether {@code element} or its type carries an annotation named {@code Nullable}, from any library. */
    public static boolean isNullable(Element element, TypeMirror type) {
        return element.getAnnotationMirrors().stream().anyMatch(NullableTypes::isNullable)
                || type.getAnnotationMirrors().stream().anyMatch(NullableTypes::isNullable);
    }
}
