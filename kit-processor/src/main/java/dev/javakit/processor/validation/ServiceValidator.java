package dev.javakit.processor.validation;

import dev.javakit.processor.Message;
import dev.javakit.processor.Reporter;
import dev.javakit.processor.model.Annotations;
import dev.javakit.processor.model.Artifacts;
import dev.javakit.processor.model.ErrorStatuses;
import dev.javakit.processor.model.ExceptionConstructors;
import dev.javakit.processor.model.HttpVerb;
import dev.javakit.processor.model.ModelFactory;
import dev.javakit.processor.model.Names;
import dev.javakit.processor.model.ParameterBindings;
import dev.javakit.processor.model.RouteAnnotations;
import dev.javakit.processor.model.ServiceMethod;
import dev.javakit.processor.model.ServiceMethods;
import dev.javakit.wire.MalformedPathTemplateException;
import dev.javakit.wire.PathTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @KitService} interface before anything is generated for it, reporting every
 * problem on the element it is about, so a user sees all of them in one compilation.
 */
public final class ServiceValidator {

    /** What to do with a validated interface. */
    public enum Outcome {
        /** Generate its code. */
        VALID,
        /** Skip it: errors were reported. */
        INVALID,
        /** Try again next round: it refers to types another processor has yet to generate. */
        DEFERRED
    }

    private static final String RESULT_NAME = "dev.javakit.annotations.ResultName";
    private static final String LOG_RESULT = "dev.javakit.annotations.LogResult";

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    /** Creates a validator reporting to {@code reporter}. */
    public ServiceValidator(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /** Validates {@code service}, an element annotated with {@code @KitService}. */
    public Outcome validate(TypeElement service) {
        if (service.getKind() != ElementKind.INTERFACE) {
            reporter.report(Message.NOT_AN_INTERFACE, service, describeKind(service));
            return Outcome.INVALID;
        }
        List<ServiceMethod> methods = ServiceMethods.of(service, types);
        if (unresolvedType(methods) != null) {
            return Outcome.DEFERRED;
        }
        int errorsBefore = reporter.errorCount();
        checkServiceAccess(service);
        if (!service.getTypeParameters().isEmpty()) {
            reporter.report(Message.GENERIC_SERVICE, service, service.getSimpleName());
        }
        checkNames(service, methods);
        Map<String, String> routes = new HashMap<>();
        for (ServiceMethod method : methods) {
            checkMethod(service, method, routes);
        }
        return reporter.errorCount() == errorsBefore ? Outcome.VALID : Outcome.INVALID;
    }

    /** Reports the unresolved types of an interface still deferred when processing ends. */
    public void reportUnresolved(TypeElement service) {
        String unresolved = unresolvedType(ServiceMethods.of(service, types));
        reporter.report(Message.UNRESOLVED_TYPE, service, service.getSimpleName(), unresolved);
    }

    private void checkServiceAccess(TypeElement service) {
        for (Element e = service; e instanceof TypeElement type; e = e.getEnclosingElement()) {
            // Local types never get here: javac does not hand them to processors.
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(Message.INACCESSIBLE_SERVICE, service, service.getQualifiedName());
                return;
            }
        }
    }

    private void checkNames(TypeElement service, List<ServiceMethod> methods) {
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
        Map<String, ServiceMethod> byRpcName = new HashMap<>();
        for (ServiceMethod method : methods) {
            String rpcName = ModelFactory.jsonRpcName(method);
            if (rpcName.isBlank()) {
                reporter.report(Message.EMPTY_JSON_RPC_NAME, method.element(), method.name());
                continue;
            }
            if (rpcName.startsWith("rpc.")) {
                reporter.report(Message.RESERVED_JSON_RPC_NAME, method.element(), method.name(), rpcName);
            }
            ServiceMethod sameRpcName = byRpcName.putIfAbsent(rpcName, method);
            if (sameRpcName != null && !sameRpcName.name().equals(method.name())) {
                reporter.report(Message.DUPLICATE_JSON_RPC_NAME, method.element(), method.name(), rpcName, sameRpcName.name());
            }
        }
        String prefix = service.getSimpleName().toString();
        for (ServiceMethod method : methods) {
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
    }

    private void checkMethod(TypeElement service, ServiceMethod method, Map<String, String> routes) {
        if (!method.element().getTypeParameters().isEmpty()) {
            reporter.report(Message.GENERIC_METHOD, method.element(), method.name());
        }
        TypeMirror returnType = method.type().getReturnType();
        if (isAsync(returnType)) {
            reporter.report(Message.ASYNC_METHOD, method.element(), method.name(),
                    types.asElement(returnType).getSimpleName());
        }
        checkTypeAccess(service, method);
        checkResultName(method);
        checkLogResult(method);
        checkErrorStatuses(method, Artifacts.of(service).anyClient());

        List<RouteAnnotations.Declared> declared = RouteAnnotations.declared(method);
        AnnotationMirror noHttp = RouteAnnotations.noHttp(method);
        if (noHttp != null) {
            if (!declared.isEmpty()) {
                reporter.report(Message.NO_HTTP_WITH_HTTP_METHOD, method.element(), noHttp, method.name(),
                        "@" + declared.get(0).verb());
            }
            int errorsBefore = reporter.errorCount();
            ParameterBindings.checkNoHttp(method, reporter);
            if (declared.isEmpty() && reporter.errorCount() == errorsBefore) {
                RouteAnnotations.Route route = RouteAnnotations.route(service, method);
                ParameterBindings.resolve(method, route.verb(), null, PathTemplate.parse(route.template()), reporter);
            }
            return;
        }
        if (declared.size() > 1) {
            reporter.report(Message.MULTIPLE_HTTP_METHODS, method.element(), declared.get(1).annotation(),
                    method.name(),
                    declared.stream().map(d -> "@" + d.verb()).reduce((a, b) -> a + ", " + b).orElseThrow());
            return;
        }
        RouteAnnotations.Route route = RouteAnnotations.route(service, method);
        HttpVerb verb = route.verb();
        AnnotationMirror verbAnnotation = route.annotation();
        String template = route.template();
        PathTemplate path;
        try {
            path = PathTemplate.parse(template);
        } catch (MalformedPathTemplateException e) {
            reporter.reportOnValue(Message.MALFORMED_PATH, method.element(), verbAnnotation, "value", template,
                    e.reason());
            return;
        }
        String previous = routes.putIfAbsent(verb + " " + path.shape(), method.name());
        if (previous != null) {
            reporter.report(Message.DUPLICATE_ROUTE, method.element(), verbAnnotation, verb, template, previous);
        }
        ParameterBindings.resolve(method, verb, verbAnnotation, path, reporter);
    }

    private void checkLogResult(ServiceMethod method) {
        AnnotationMirror annotation = Annotations.find(method.element(), LOG_RESULT);
        if (annotation != null && method.type().getReturnType().getKind() == TypeKind.VOID) {
            reporter.report(Message.LOG_RESULT_ON_VOID, method.element(), annotation, method.name());
        }
    }

    private void checkResultName(ServiceMethod method) {
        AnnotationMirror annotation = Annotations.find(method.element(), RESULT_NAME);
        if (annotation == null) {
            return;
        }
        if (method.type().getReturnType().getKind() == TypeKind.VOID) {
            reporter.report(Message.RESULT_NAME_ON_VOID, method.element(), annotation, method.name());
            return;
        }
        String name = (String) Annotations.value(annotation, "value");
        if (!Names.isIdentifier(name) || Names.isRecordReserved(name)) {
            reporter.reportOnValue(Message.INVALID_RESULT_NAME, method.element(), annotation, "value", name);
        }
    }

    /** Checks the declared statuses, and that a client can rebuild each exception when one is written. */
    private void checkErrorStatuses(ServiceMethod method, boolean clients) {
        for (TypeMirror thrown : method.type().getThrownTypes()) {
            if (thrown.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement exception = (TypeElement) types.asElement(thrown);
            Integer status = ErrorStatuses.of(exception, elements);
            if (status == null) {
                continue;
            }
            if (status < 400 || status > 599) {
                reporter.report(Message.INVALID_ERROR_STATUS, method.element(), exception.getSimpleName(), status);
            } else if (clients && !ExceptionConstructors.of(exception, elements.getPackageOf(method.element()), elements, types)
                    .rebuildable()) {
                reporter.report(Message.UNREBUILDABLE_EXCEPTION, method.element(), method.name(),
                        exception.getSimpleName(), status, rebuildFix(exception));
            }
        }
    }

    private static String rebuildFix(TypeElement exception) {
        if (exception.getModifiers().contains(Modifier.ABSTRACT)) {
            return "it is abstract; declare the concrete exceptions the method throws";
        }
        String name = exception.getSimpleName().toString();
        return "add a public constructor taking the message, `public " + name + "(String message) { super(message); }`,"
                + " or a public no-argument one if its message is always the same";
    }

    private void checkTypeAccess(TypeElement service, ServiceMethod method) {
        List<TypeMirror> used = new ArrayList<>(method.type().getParameterTypes());
        used.add(method.type().getReturnType());
        used.addAll(method.type().getThrownTypes());
        for (TypeMirror type : used) {
            TypeElement hidden = privateType(type);
            if (hidden != null) {
                reporter.report(Message.INACCESSIBLE_TYPE, method.element(), method.name(),
                        hidden.getQualifiedName(), service.getSimpleName());
            }
        }
    }

    /** Returns whether {@code type} is a future of some kind, whose value would arrive later. */
    private boolean isAsync(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        for (String future : List.of("java.util.concurrent.CompletionStage", "java.util.concurrent.Future")) {
            TypeElement element = elements.getTypeElement(future);
            if (element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()))) {
                return true;
            }
        }
        return false;
    }

    /** Returns a private type {@code type} mentions, or {@code null}. */
    private TypeElement privateType(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return privateType(((ArrayType) type).getComponentType());
            case WILDCARD: {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
                return bound == null ? null : privateType(bound);
            }
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                for (Element e = declared.asElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
                    if (t.getModifiers().contains(Modifier.PRIVATE)) {
                        return t;
                    }
                }
                for (TypeMirror argument : declared.getTypeArguments()) {
                    TypeElement hidden = privateType(argument);
                    if (hidden != null) {
                        return hidden;
                    }
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** Returns the first unresolved type the methods mention, or {@code null} when all resolve. */
    private String unresolvedType(List<ServiceMethod> methods) {
        for (ServiceMethod method : methods) {
            List<TypeMirror> used = new ArrayList<>(method.type().getParameterTypes());
            used.add(method.type().getReturnType());
            used.addAll(method.type().getThrownTypes());
            for (TypeMirror type : used) {
                String unresolved = unresolved(type);
                if (unresolved != null) {
                    return unresolved;
                }
            }
        }
        return null;
    }

    private static String unresolved(TypeMirror type) {
        switch (type.getKind()) {
            case ERROR:
                return type.toString();
            case ARRAY:
                return unresolved(((ArrayType) type).getComponentType());
            case WILDCARD: {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
                return bound == null ? null : unresolved(bound);
            }
            case DECLARED:
                for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                    String found = unresolved(argument);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static String describeKind(TypeElement element) {
        return switch (element.getKind()) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            case RECORD -> "a record";
            default -> "a " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
