package dev.javakit.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.Message;
import dev.javakit.processor.Reporter;
import dev.javakit.processor.model.Artifacts;
import dev.javakit.processor.model.ClientErrorModel;
import dev.javakit.processor.model.ErrorStatusModel;
import dev.javakit.processor.model.HttpVerb;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.Names;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.model.Binding;
import dev.javakit.processor.model.proto.ProtoFile;
import dev.javakit.processor.model.proto.ProtoNames;
import dev.javakit.wire.MalformedPathTemplateException;
import dev.javakit.wire.PathTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a {@code @KitService} interface into its complete {@link ServiceModel}, or into diagnostics
 * on the elements they are about, in one pass: each fact is read once and checked where it is read,
 * so a user sees every problem in one compilation and the writers get a model they never check again.
 */
public final class ServiceParser {

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    /** Creates a parser reporting to {@code reporter}. */
    public ServiceParser(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /** Parses {@code service}, an element annotated with {@code @KitService}. */
    public ParseResult parse(TypeElement service) {
        if (service.getKind() != ElementKind.INTERFACE) {
            reporter.report(Message.NOT_AN_INTERFACE, service, describeKind(service));
            return new ParseResult.Invalid();
        }
        List<ServiceMethod> methods = ServiceMethods.of(service, types);
        String unresolved = TypeScan.unresolvedType(methods);
        if (unresolved != null) {
            return new ParseResult.Deferred(unresolved);
        }
        int errorsBefore = reporter.errorCount();
        checkServiceAccess(service);
        if (!service.getTypeParameters().isEmpty()) {
            reporter.report(Message.GENERIC_SERVICE, service, service.getSimpleName());
        }
        AnnotationMirror kitService = Annotations.find(service, KitAnnotations.KIT_SERVICE);
        Artifacts artifacts = artifacts(kitService);
        List<String> rpcNames = new NameChecks(reporter).check(service, methods, artifacts.grpc());
        Map<String, String> routes = new HashMap<>();
        Map<ClassName, ErrorStatusModel> errorStatuses = new LinkedHashMap<>();
        List<MethodModel> models = new ArrayList<>();
        JsonShapes shapes = new JsonShapes(elements, types);
        for (int i = 0; i < methods.size(); i++) {
            MethodModel model = method(service, methods.get(i), rpcNames.get(i), artifacts.anyClient(), routes,
                    errorStatuses);
            // Only a method otherwise valid: a generic or asynchronous one would be reported twice.
            if (model != null) {
                checkJsonTypes(shapes.method(methods.get(i), model.resultName()));
            }
            models.add(model);
        }
        if (reporter.errorCount() != errorsBefore) {
            return new ParseResult.Invalid();
        }
        ProtoFile proto = protoFile(service, kitService, artifacts, methods, models, shapes);
        if (reporter.errorCount() != errorsBefore) {
            return new ParseResult.Invalid();
        }
        return new ParseResult.Parsed(new ServiceModel(service, ClassName.get(service), serviceName(service, kitService),
                isPublic(service), List.copyOf(models), List.copyOf(errorStatuses.values()), artifacts,
                kitService != null && Boolean.TRUE.equals(Annotations.value(kitService, "rejectUnknownFields")),
                shapes.shapes(), proto));
    }

    /** Returns the service as a proto3 file; reports what gRPC cannot carry when the service chose it. */
    private ProtoFile protoFile(TypeElement service, AnnotationMirror kitService, Artifacts artifacts,
            List<ServiceMethod> methods, List<MethodModel> models, JsonShapes json) {
        ClassName serviceType = ClassName.get(service);
        String prefix = String.join("_", serviceType.simpleNames());
        ClassName endpoints = ClassName.get(serviceType.packageName(), prefix + "Endpoints");
        String protoPackage = kitService == null ? "" : (String) Annotations.value(kitService, "protoPackage");
        if (protoPackage.isEmpty()) {
            protoPackage = ProtoNames.packageName(serviceType.packageName());
        } else if (!ProtoFiles.isPackageName(protoPackage)) {
            reporter.reportOnValue(Message.INVALID_PROTO_PACKAGE, service, kitService, "protoPackage", protoPackage);
        }
        ProtoShapes shapes = new ProtoShapes(elements, types, json);
        List<ProtoFiles.Method> protoMethods = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            ServiceMethod method = methods.get(i);
            MethodModel model = models.get(i);
            List<ProtoShapes.Member> request = new ArrayList<>();
            for (int p = 0; p < method.element().getParameters().size(); p++) {
                VariableElement parameter = method.element().getParameters().get(p);
                TypeMirror type = method.type().getParameterTypes().get(p);
                if (model.parameters().get(p).binding() == Binding.CONTEXT) {
                    continue;
                }
                String name = parameter.getSimpleName().toString();
                request.add(shapes.member(name, "parameter " + name + " of " + method.name(), name, parameter, type,
                        !type.getKind().isPrimitive() && Annotations.isNullable(parameter, type)));
            }
            List<ProtoShapes.Member> response = new ArrayList<>();
            TypeMirror returnType = method.type().getReturnType();
            if (returnType.getKind() != TypeKind.VOID) {
                response.add(shapes.member(model.resultName(), "the result of " + method.name(), model.resultName(),
                        method.element(), returnType,
                        !returnType.getKind().isPrimitive() && Annotations.isNullable(method.element(), returnType)));
            }
            protoMethods.add(new ProtoFiles.Method(method.name(), model.requestRecordName(),
                    endpoints.nestedClass(model.requestRecordName()), List.copyOf(request), model.responseRecordName(),
                    endpoints.nestedClass(model.responseRecordName()), List.copyOf(response)));
        }
        return new ProtoFiles(reporter, artifacts.grpc()).file(
                "META-INF/javakit/" + serviceType.reflectionName() + ".proto", serviceType.reflectionName(),
                protoPackage, serviceType.packageName(), prefix, protoMethods, shapes);
    }

    /** Reports each type under a method's parameters and result that the JSON codec cannot read or write. */
    private void checkJsonTypes(List<ShapeProblem> problems) {
        for (ShapeProblem problem : problems) {
            String at = problem.where().isEmpty() ? "" : " at " + problem.where();
            if (problem.mapKey()) {
                reporter.report(Message.UNSUPPORTED_MAP_KEY, problem.element(), problem.root(), problem.rootType(),
                        problem.type(), at);
            } else {
                String what = problem.where().isEmpty() && problem.type().equals(problem.rootType())
                        ? "" : ": " + problem.type() + at;
                reporter.report(Message.UNSUPPORTED_JSON_TYPE, problem.element(), problem.root(), problem.rootType(),
                        what, problem.fix());
            }
        }
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

    /** Returns the model of one method, or {@code null} when errors were reported on it. */
    private MethodModel method(TypeElement service, ServiceMethod method, String rpcName, boolean clients,
            Map<String, String> routes, Map<ClassName, ErrorStatusModel> errorStatuses) {
        int errorsBefore = reporter.errorCount();
        if (!method.element().getTypeParameters().isEmpty()) {
            reporter.report(Message.GENERIC_METHOD, method.element(), method.name());
        }
        TypeMirror returnType = method.type().getReturnType();
        if (isAsync(returnType)) {
            reporter.report(Message.ASYNC_METHOD, method.element(), method.name(),
                    types.asElement(returnType).getSimpleName());
        }
        checkTypeAccess(service, method);
        String resultName = resultName(method);
        boolean logResult = logResult(method);
        List<ClientErrorModel> clientErrors = errors(method, clients, errorStatuses);

        List<RouteAnnotations.Declared> declared = RouteAnnotations.declared(method);
        AnnotationMirror noHttp = RouteAnnotations.noHttp(method);
        RouteAnnotations.Route route = null;
        PathTemplate path = null;
        List<ParameterModel> parameters = List.of();
        if (noHttp != null) {
            if (!declared.isEmpty()) {
                reporter.report(Message.NO_HTTP_WITH_HTTP_METHOD, method.element(), noHttp, method.name(),
                        "@" + declared.get(0).verb());
            }
            int bindingErrors = reporter.errorCount();
            ParameterBindings.checkNoHttp(method, reporter);
            if (declared.isEmpty() && reporter.errorCount() == bindingErrors) {
                // Bound as on its default route, which only decides its JSON-RPC params' cardinality.
                RouteAnnotations.Route jsonRpcOnly = RouteAnnotations.route(service, method, declared);
                parameters = ParameterBindings.resolve(method, jsonRpcOnly.verb(), null,
                        PathTemplate.parse(jsonRpcOnly.template()), reporter);
            }
        } else if (declared.size() > 1) {
            reporter.report(Message.MULTIPLE_HTTP_METHODS, method.element(), declared.get(1).annotation(),
                    method.name(),
                    declared.stream().map(d -> "@" + d.verb()).reduce((a, b) -> a + ", " + b).orElseThrow());
        } else {
            route = RouteAnnotations.route(service, method, declared);
            try {
                path = PathTemplate.parse(route.template());
            } catch (MalformedPathTemplateException e) {
                reporter.reportOnValue(Message.MALFORMED_PATH, method.element(), route.annotation(), "value",
                        route.template(), e.reason());
            }
            if (path != null) {
                String previous = routes.putIfAbsent(route.verb() + " " + path.shape(), method.name());
                if (previous != null) {
                    reporter.report(Message.DUPLICATE_ROUTE, method.element(), route.annotation(), route.verb(),
                            route.template(), previous);
                }
                parameters = ParameterBindings.resolve(method, route.verb(), route.annotation(), path, reporter);
            }
        }
        if (reporter.errorCount() != errorsBefore) {
            return null;
        }
        HttpVerb verb = route == null ? null : route.verb();
        List<? extends TypeMirror> thrown = method.type().getThrownTypes();
        List<TypeName> thrownTypes = thrown.stream().map(TypeName::get).toList();
        return new MethodModel(
                method.element().isVarArgs(),
                method.name(),
                TypeName.get(returnType),
                thrownTypes,
                minimalCheckedExceptions(thrown).stream().map(TypeName::get).toList(),
                thrown.stream().anyMatch(this::catchesEveryException),
                parameters,
                resultName,
                verb,
                path,
                logResult,
                isIdempotent(method, verb),
                clientErrors,
                rpcName,
                DocComments.parse(elements.getDocComment(method.element()), thrownTypes),
                ClassName.get((TypeElement) method.element().getEnclosingElement()),
                method.element().getParameters().stream()
                        .map(p -> TypeName.get(types.erasure(p.asType())))
                        .toList(),
                NullableTypes.of(returnType),
                NullableTypes.declarationAnnotations(method.element()));
    }

    /** Returns the JSON field the result is wrapped in, {@code null} for a void method; checks its {@code @ResultName}. */
    private String resultName(ServiceMethod method) {
        AnnotationMirror annotation = Annotations.find(method.element(), KitAnnotations.RESULT_NAME);
        boolean isVoid = method.type().getReturnType().getKind() == TypeKind.VOID;
        if (annotation == null) {
            return isVoid ? null : "result";
        }
        if (isVoid) {
            reporter.report(Message.RESULT_NAME_ON_VOID, method.element(), annotation, method.name());
            return null;
        }
        String name = (String) Annotations.value(annotation, "value");
        if (!Names.isIdentifier(name) || Names.isRecordReserved(name)) {
            reporter.reportOnValue(Message.INVALID_RESULT_NAME, method.element(), annotation, "value", name);
        }
        return name;
    }

    /** Returns whether the logging decorator logs the result; checks the {@code @LogResult}. */
    private boolean logResult(ServiceMethod method) {
        AnnotationMirror annotation = Annotations.find(method.element(), KitAnnotations.LOG_RESULT);
        if (annotation != null && method.type().getReturnType().getKind() == TypeKind.VOID) {
            reporter.report(Message.LOG_RESULT_ON_VOID, method.element(), annotation, method.name());
        }
        return annotation != null;
    }

    /**
     * Returns how a client recreates each declared exception with a status, adding each to the
     * service's {@code errorStatuses}; checks each status, and that a client can rebuild the exception
     * when one is written.
     */
    private List<ClientErrorModel> errors(ServiceMethod method, boolean clients,
            Map<ClassName, ErrorStatusModel> errorStatuses) {
        List<ClientErrorModel> errors = new ArrayList<>();
        // A client tells the exceptions a method declares apart by their wire identity alone.
        Map<String, ClassName> byIdentity = new HashMap<>();
        PackageElement clientPackage = elements.getPackageOf(method.element());
        for (TypeMirror thrown : method.type().getThrownTypes()) {
            if (thrown.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement exception = (TypeElement) types.asElement(thrown);
            Integer status = ErrorStatuses.of(exception, elements);
            if (status == null) {
                continue;
            }
            ExceptionConstructors constructors = ExceptionConstructors.of(exception, clientPackage, elements, types);
            if (status < 400 || status > 599) {
                reporter.report(Message.INVALID_ERROR_STATUS, method.element(), exception.getSimpleName(), status);
            } else if (clients && !constructors.rebuildable()) {
                reporter.report(Message.UNREBUILDABLE_EXCEPTION, method.element(), method.name(),
                        exception.getSimpleName(), status, rebuildFix(exception));
            }
            ClassName name = ClassName.get(exception);
            ClassName sameIdentity = byIdentity.putIfAbsent(name.simpleName(), name);
            if (sameIdentity != null && !sameIdentity.equals(name)) {
                reporter.report(Message.AMBIGUOUS_ERROR_IDENTITY, method.element(), method.name(),
                        sameIdentity.canonicalName(), name.canonicalName(), name.simpleName());
            }
            errorStatuses.putIfAbsent(name, new ErrorStatusModel(name, status));
            errors.add(new ClientErrorModel(name, name.simpleName(), status, constructors.fixedMessage(),
                    constructors.messageConstructor()));
        }
        return List.copyOf(errors);
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
        for (TypeMirror type : TypeScan.used(method)) {
            TypeElement hidden = TypeScan.privateType(type);
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

    private static boolean isIdempotent(ServiceMethod method, HttpVerb verb) {
        AnnotationMirror annotation = Annotations.find(method.element(), KitAnnotations.IDEMPOTENT);
        if (annotation != null) {
            return (Boolean) Annotations.value(annotation, "value");
        }
        return verb == HttpVerb.GET || verb == HttpVerb.PUT || verb == HttpVerb.DELETE;
    }

    private boolean catchesEveryException(TypeMirror thrown) {
        return types.isAssignable(type("java.lang.Exception"), thrown);
    }

    /** The declared checked exceptions, without duplicates and without those another one declared covers. */
    private List<TypeMirror> minimalCheckedExceptions(List<? extends TypeMirror> thrown) {
        List<TypeMirror> checked = new ArrayList<>();
        for (TypeMirror candidate : thrown) {
            boolean unchecked = types.isAssignable(candidate, type("java.lang.RuntimeException"))
                    || types.isAssignable(candidate, type("java.lang.Error"));
            if (!unchecked && checked.stream().noneMatch(t -> types.isSameType(t, candidate))) {
                checked.add(candidate);
            }
        }
        return checked.stream()
                .filter(c -> checked.stream().noneMatch(other -> other != c && types.isSubtype(c, other)))
                .toList();
    }

    private TypeMirror type(String qualifiedName) {
        return elements.getTypeElement(qualifiedName).asType();
    }

    /** Returns the artifacts the {@code @KitService} chose, its defaults included. */
    private static Artifacts artifacts(AnnotationMirror kitService) {
        if (kitService == null) {
            return new Artifacts(true, true, false, true, true);
        }
        boolean http = false;
        boolean jsonRpc = false;
        boolean grpc = false;
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> transports =
                (List<? extends AnnotationValue>) Annotations.value(kitService, "transports");
        for (AnnotationValue transport : transports) {
            String name = ((VariableElement) transport.getValue()).getSimpleName().toString();
            http |= name.equals("HTTP");
            jsonRpc |= name.equals("JSON_RPC");
            grpc |= name.equals("GRPC");
        }
        return new Artifacts(http, jsonRpc, grpc, (Boolean) Annotations.value(kitService, "clients"),
                (Boolean) Annotations.value(kitService, "decorators"));
    }

    private static String serviceName(TypeElement service, AnnotationMirror kitService) {
        String name = kitService == null ? null : (String) Annotations.value(kitService, "name");
        return name == null || name.isEmpty() ? service.getSimpleName().toString() : name;
    }

    private static boolean isPublic(TypeElement service) {
        for (Element e = service; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static String describeKind(TypeElement element) {
        return switch (element.getKind()) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            case RECORD -> "a record";
            default -> "a " + element.getKind().toString().toLowerCase(Locale.ROOT);
        };
    }
}
