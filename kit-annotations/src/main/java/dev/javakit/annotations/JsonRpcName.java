package dev.javakit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a service method over JSON-RPC, such as {@code @JsonRpcName("profiles.get")}; without it,
 * the JSON-RPC method is called like the Java method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface JsonRpcName {

    /** The JSON-RPC method name. */
    String value();
}
