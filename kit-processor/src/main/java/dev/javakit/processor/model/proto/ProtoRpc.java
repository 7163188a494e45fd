package dev.javakit.processor.model.proto;

/**
 * One unary {@code rpc} of the service.
 *
 * @param name the rpc's name, such as {@code PostProfile}
 * @param methodName the Java method it serves, such as {@code postProfile}
 * @param request the request message's name
 * @param response the response message's name
 */
public record ProtoRpc(String name, String methodName, String request, String response) {
}
