package dev.javakit.processor.parse;

import javax.lang.model.element.Element;

/**
 * A type the JSON codec cannot read or write, found under a method's parameter or result.
 *
 * @param element where to report it: the parameter, or the method for its result
 * @param root what reaches the type, such as {@code parameter order of placeOrder}
 * @param rootType the parameter's or result's type
 * @param where the path from the root to the bad type, such as {@code Order.items[]}; empty for the root itself
 * @param type the bad type
 * @param mapKey whether the type is a map's key type, which must be a JSON string
 * @param fix what to use instead
 */
record ShapeProblem(Element element, String root, String rootType, String where, String type, boolean mapKey,
        String fix) {
}
