package dev.javakit.processor.parse;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The constructors a generated client can rebuild a declared exception with: a no-argument one (its
 * message is its own) and one taking the message, each visible from the client's package.
 *
 * @param fixedMessage whether it has a no-argument constructor
 * @param messageConstructor whether it has a constructor taking the message
 */
public record ExceptionConstructors(boolean fixedMessage, boolean messageConstructor) {

    /** Returns the constructors of {@code exception} that code in {@code from} can call; none for an abstract class. */
    public static ExceptionConstructors of(TypeElement exception, PackageElement from, Elements elements, Types types) {
        if (exception.getModifiers().contains(Modifier.ABSTRACT)) {
            return new ExceptionConstructors(false, false);
        }
        boolean fixed = false;
        boolean withMessage = false;
        for (ExecutableElement constructor : ElementFilter.constructorsIn(exception.getEnclosedElements())) {
            if (!isAccessible(constructor, from, elements)) {
                continue;
            }
            List<? extends VariableElement> parameters = constructor.getParameters();
            fixed |= parameters.isEmpty();
            withMessage |= parameters.size() == 1 && types.isSameType(parameters.get(0).asType(),
                    elements.getTypeElement("java.lang.String").asType());
        }
        return new ExceptionConstructors(fixed, withMessage);
    }

    /** Returns whether a client can rebuild the exception at all. */
    public boolean rebuildable() {
        return fixedMessage || messageConstructor;
    }

    private static boolean isAccessible(ExecutableElement constructor, PackageElement from, Elements elements) {
        Set<Modifier> modifiers = constructor.getModifiers();
        if (modifiers.contains(Modifier.PUBLIC)) {
            return true;
        }
        return !modifiers.contains(Modifier.PRIVATE) && elements.getPackageOf(constructor).equals(from);
    }
}
