package dev.javakit.processor.parse;

import dev.javakit.processor.Message;
import dev.javakit.processor.Reporter;
import dev.javakit.processor.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Checks the names the generated code derives from a service's methods (records, constants,
 * accessors, JSON-RPC methods), which must not collide, apart from the parser's walk of each method.
 */
final class NameChecks {

    private final Reporter reporter;

    NameChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Checks that generated names do not clash, those of the gRPC binding too when {@code grpc}, and
     * returns each method's JSON-RPC name, in order.
     */
    List<String> check(TypeElement service, List<ServiceMethod> methods, boolean grpc) {
        Map<String, ServiceMethod> byName = new HashMap<>();
        Map<String, ServiceMethod> byRecordStem = new HashMap<>();
        Map<String, ServiceMethod> byConstant = new HashMap<>();
        for (ServiceMethod method : methods) {
            String name = method.name();
            if (byName.putIfAbsent(name, method) != null) {
                reporter.report(Message.OVERLOADED_METHOD, method.element(), name);
                continue;
            }
            ServiceMethod sameStem = byRecordStem.putIfAbsent(Names.capitalize(name), method);
            if (sameStem != null) {
                reporter.report(Message.NAME_CLASH, method.element(), name,
                        Names.capitalize(name) + "Request", sameStem.name());
            }
            ServiceMethod sameConstant = byConstant.putIfAbsent(Names.constantName(name), method);
            if (sameConstant != null && sameStem == null) {
                reporter.report(Message.NAME_CLASH, method.element(), name,
                        "the constant " + Names.constantName(name), sameConstant.name());
            }
        }
        List<String> rpcNames = new ArrayList<>();
        Map<String, ServiceMethod> byRpcName = new HashMap<>();
        for (ServiceMethod method : methods) {
            String rpcName = jsonRpcName(method);
            rpcNames.add(rpcName);
            if (rpcName.isBlank()) {
                reporter.report(Message.EMPTY_JSON_RPC_NAME, method.element(), method.name());
                continue;
            }
            if (rpcName.startsWith("rpc.")) {
                reporter.report(Message.RESERVED_JSON_RPC_NAME, method.element(), method.name(), rpcName);
            }
            ServiceMethod sameRpcName = byRpcName.putIfAbsent(rpcName, method);
            if (sameRpcName != null && !sameRpcName.name().equals(method.name())) {
                reporter.report(Message.DUPLICATE_JSON_RPC_NAME, method.element(), method.name(), rpcName,
                        sameRpcName.name());
            }
        }
        String prefix = service.getSimpleName().toString();
        for (ServiceMethod method : methods) {
            if (grpc && Names.constantName(method.name()).equals("SERVICE")) {
                // The gRPC binding names its service SERVICE beside one constant per method.
                reporter.report(Message.GENERATED_MEMBER_CLASH, method.element(), method.name(), "SERVICE",
                        prefix + "Grpc");
            }
            if (!method.element().getParameters().isEmpty()) {
                continue;
            }
            String name = method.name();
            if (name.endsWith("Endpoint") && byName.containsKey(name.substring(0, name.length() - "Endpoint".length()))) {
                reporter.report(Message.GENERATED_MEMBER_CLASH, method.element(), name, name + "()",
                        prefix + "Endpoints");
            }
            if (name.equals("delegate")) {
                reporter.report(Message.GENERATED_MEMBER_CLASH, method.element(), name, "delegate()",
                        "Forwarding" + prefix);
            }
        }
        return rpcNames;
    }

    /** Returns the method's JSON-RPC name: its {@code @JsonRpcName}, or its Java name. */
    private static String jsonRpcName(ServiceMethod method) {
        AnnotationMirror annotation = Annotations.find(method.element(), KitAnnotations.JSON_RPC_NAME);
        return annotation == null ? method.name() : (String) Annotations.value(annotation, "value");
    }
}
