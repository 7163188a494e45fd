package dev.javakit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins the protobuf field number of a record component or of a service method's parameter.
 *
 * <p>Without it, the fields of a message are numbered 1, 2, 3... in declaration order, skipping the
 * numbers pinned in the same message. Adding a member at the end keeps every number; inserting,
 * reordering or removing one renumbers those after it, which breaks peers compiled against the old
 * {@code .proto}: pin the numbers of the members that follow before doing so. A number pinned twice
 * in one message, or outside 1 to 536,870,911 or protobuf's reserved 19,000 to 19,999, is a compile
 * error on the member.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface ProtoField {

    /** The field number, unique in its message. */
    int value();
}
