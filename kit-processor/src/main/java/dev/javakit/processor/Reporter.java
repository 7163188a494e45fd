package dev.javakit.processor;

import javax.annotation.processing.Messager;
import dev.javakit.processor.parse.Annotations;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Reports {@link Message}s on elements and counts the errors, so a type with any is skipped. */
public final class Reporter {

    private final Messager messager;
    private int errors;

    /** Creates a reporter printing to {@code messager}. */
    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports {@code message} on {@code element}. */
    public void report(Message message, Element element, Object... args) {
        messager.printMessage(message.kind(), message.format(args), element);
        count(message);
    }

    /** Reports {@code message} on one annotation of {@code element}, when it is known, for a precise position. */
    public void report(Message message, Element element, AnnotationMirror annotation, Object... args) {
        if (annotation == null) {
            report(message, element, args);
            return;
        }
        messager.printMessage(message.kind(), message.format(args), element, annotation);
        count(message);
    }

    /** Reports {@code message} on the value {@code valueName} of an annotation of {@code element}. */
    public void reportOnValue(Message message, Element element, AnnotationMirror annotation, String valueName,
            Object... args) {
        AnnotationValue value = Annotations.annotationValue(annotation, valueName);
        messager.printMessage(message.kind(), message.format(args), element, annotation, value);
        count(message);
    }

    /** Returns the number of errors reported so far. */
    public int errorCount() {
        return errors;
    }

    private void count(Message message) {
        if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
    }
}
