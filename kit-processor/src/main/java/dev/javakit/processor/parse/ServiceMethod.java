package dev.javakit.processor.parse;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;

/**
 * An abstract method of a service interface, declared there or inherited, with its types as seen
 * from the service (type arguments of generic super-interfaces substituted).
 *
 * @param element the method as declared
 * @param type its signature as a member of the service interface
 */
public record ServiceMethod(ExecutableElement element, ExecutableType type) {

    /** Returns the method's simple name. */
    public String name() {
        return element.getSimpleName().toString();
    }
}
