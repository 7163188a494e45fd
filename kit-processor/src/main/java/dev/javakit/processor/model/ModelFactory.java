package dev.javakit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.Reporter;
import dev.javakit.wire.MalformedPathTemplateException;
import dev.javakit.wire.PathTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Builds the {@link ServiceModel} of an interface that passed validation. */
public final class ModelFactory {

    private static final String KIT_SERVICE = "dev.javakit.annotations.KitService";
    private static final String RESULT_NAME = "dev.javakit.annotations.ResultName";
    private static final String LOG_RESULT = "dev.javakit.annotations.LogResult";
    private static final String IDEMPOTENT = "dev.javakit.annotations.Idempotent";
    private static final String JSON_RPC_NAME = "dev.javakit.annotations.JsonRpcName";

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    /** Creates a factory; {@code reporter} receives nothing for a validated interface. */
    public ModelFactory(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /** Returns the model of a validated service interface. */
    public ServiceModel create(TypeElement service) {
        List<MethodModel> methods = new ArrayList<>();
        Map<ClassName, ErrorStatusModel> errorStatuses = new LinkedHashMap<>();
        for (ServiceMethod method : ServiceMethods.of(service, types)) {
            methods.add(method(service, method));
            for (TypeMirror thrown : method.type().getThrownTypes()) {
                TypeElement exception = (TypeElement) types.asElement(thrown);
                Integer status = ErrorStatuses.of(exception, elements);
                if (status != null) {
                    ClassName name = ClassName.get(exception);
                    errorStatuses.putIfAbsent(name, new ErrorStatusModel(name, status));
                }
            }
        }
        return new ServiceModel(service, ClassName.get(service), serviceName(service), isPublic(service),
                List.copyOf(methods), List.copyOf(errorStatuses.values()), Artifacts.of(service));
    }

    private MethodModel method(TypeElement service, ServiceMethod method) {
        RouteAnnotations.Route route = RouteAnnotations.route(service, method);
        boolean http = RouteAnnotations.noHttp(method) == null;
        PathTemplate path;
        try {
            path = PathTemplate.parse(route.template());
        } catch (MalformedPathTemplateException e) {
            throw new IllegalStateException("validated method with a malformed path: " + method.name(), e);
        }
        // A method off HTTP is bound as on its default route, which only decides its JSON-RPC params' cardinality.
        List<ParameterModel> parameters = ParameterBindings.resolve(method, route.verb(), route.annotation(), path,
                reporter);
        TypeMirror returnType = method.type().getReturnType();
        String resultName = null;
        if (returnType.getKind() != TypeKind.VOID) {
            AnnotationMirror annotation = Annotations.find(method.element(), RESULT_NAME);
            resultName = annotation == null ? "result" : (String) Annotations.value(annotation, "value");
        }
        List<? extends TypeMirror> thrown = method.type().getThrownTypes();
        List<TypeName> thrownTypes = thrown.stream().map(TypeName::get).toList();
        return new MethodModel(
                method.element(),
                method.name(),
                TypeName.get(returnType),
                thrownTypes,
                minimalCheckedExceptions(thrown).stream().map(TypeName::get).toList(),
                thrown.stream().anyMatch(this::catchesEveryException),
                parameters,
                resultName,
                http ? route.verb() : null,
                http ? path : null,
                Annotations.find(method.element(), LOG_RESULT) != null,
                isIdempotent(method, http ? route.verb() : null),
                clientErrors(thrown, method.element()),
                jsonRpcName(method),
                DocComments.parse(elements.getDocComment(method.element()), thrownTypes),
                ClassName.get((TypeElement) method.element().getEnclosingElement()),
                method.element().getParameters().stream()
                        .map(p -> TypeName.get(types.erasure(p.asType())))
                        .toList());
    }

    /**
     * The declared exceptions with a status; when a client is written, validation made sure a client in the
     * service's package can rebuild each.
     */
    private List<ClientErrorModel> clientErrors(List<? extends TypeMirror> thrown, Element method) {
        List<ClientErrorModel> errors = new ArrayList<>();
        PackageElement clientPackage = elements.getPackageOf(method);
        for (TypeMirror type : thrown) {
            TypeElement exception = (TypeElement) types.asElement(type);
            Integer status = ErrorStatuses.of(exception, elements);
            if (status == null) {
                continue;
            }
            ExceptionConstructors constructors = ExceptionConstructors.of(exception, clientPackage, elements, types);
            ClassName name = ClassName.get(exception);
            errors.add(new ClientErrorModel(name, name.simpleName(), status, constructors.fixedMessage(),
                    constructors.messageConstructor()));
        }
        return List.copyOf(errors);
    }

    /** Returns the method's JSON-RPC name: its {@code @JsonRpcName}, or its Java name. */
    public static String jsonRpcName(ServiceMethod method) {
        AnnotationMirror annotation = Annotations.find(method.element(), JSON_RPC_NAME);
        return annotation == null ? method.name() : (String) Annotations.value(annotation, "value");
    }

    private static boolean isIdempotent(ServiceMethod method, HttpVerb verb) {
        AnnotationMirror annotation = Annotations.find(method.element(), IDEMPOTENT);
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

    private static String serviceName(TypeElement service) {
        AnnotationMirror annotation = Annotations.find(service, KIT_SERVICE);
        String name = annotation == null ? null : (String) Annotations.value(annotation, "name");
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
}
