package dev.javakit.processor.parse;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads the {@code @ErrorStatus} of an exception class, inherited from its superclasses like at run time. */
public final class ErrorStatuses {

    private ErrorStatuses() {
    }

    /** Returns the status {@code exception} is mapped to, or {@code null} when it has none. */
    public static Integer of(TypeElement exception, Elements elements) {
        for (AnnotationMirror mirror : elements.getAllAnnotationMirrors(exception)) {
            if (Annotations.qualifiedName(mirror).equals(KitAnnotations.ERROR_STATUS)) {
                return (Integer) Annotations.value(mirror, "value");
            }
        }
        return null;
    }
}
