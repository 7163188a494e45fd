package dev.javakit.processor.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.javakit.wire.PathTemplate;
import java.util.List;

/**
 * One endpoint: a service method with its HTTP route, parameters, result and exceptions.
 *
 * @param varargs whether the method's last parameter is a variable-arity one
 * @param name the method name
 * @param returnType the return type, {@code void} included
 * @param thrownTypes the types in the {@code throws} clause, as declared
 * @param rethrownTypes the minimal set of declared checked exceptions an implementation over
 *     endpoints rethrows as they are
 * @param throwsAnyException whether the method declares {@code Exception} or {@code Throwable},
 *     so any exception passes through
 * @param parameters every parameter, in order
 * @param resultName the JSON field the result is wrapped in; {@code null} for void methods
 * @param verb the HTTP method, declared or {@code POST} by default; {@code null} for a {@code @NoHttp} method
 * @param path the HTTP path template, declared or {@code /<Service>/<method>} by default; {@code null} for a
 *     {@code @NoHttp} method
 * @param logResult whether the logging decorator logs the result ({@code @LogResult})
 * @param idempotent whether retries may repeat the method ({@code @Idempotent}, or GET, PUT, DELETE)
 * @param clientErrors how a client recreates the declared exceptions that have a status
 * @param jsonRpcName the JSON-RPC method name ({@code @JsonRpcName}, or the Java name)
 * @param doc the method's Javadoc, as generated members carry it
 * @param declaringType the interface that declares the method, the service or one it extends
 * @param linkParameterTypes the erased parameter types of the declaration, as {@code {@link}} names them
 * @param declaredReturnType the return type with the type-use annotations named {@code Nullable} it
 *     carries at any depth, as overrides and the response record print it
 * @param resultAnnotations the declaration annotations named {@code Nullable} on the method, which
 *     overrides and the response record's component repeat
 */
public record MethodModel(
        boolean varargs,
        String name,
        TypeName returnType,
        List<TypeName> thrownTypes,
        List<TypeName> rethrownTypes,
        boolean throwsAnyException,
        List<ParameterModel> parameters,
        String resultName,
        HttpVerb verb,
        PathTemplate path,
        boolean logResult,
        boolean idempotent,
        List<ClientErrorModel> clientErrors,
        String jsonRpcName,
        DocComment doc,
        ClassName declaringType,
        List<TypeName> linkParameterTypes,
        TypeName declaredReturnType,
        List<AnnotationSpec> resultAnnotations) {

    /** Returns whether the method returns nothing. */
    public boolean returnsVoid() {
        return returnType.equals(TypeName.VOID);
    }

    /** Returns the name with a capital first letter, the stem of the record names. */
    public String capitalizedName() {
        return Names.capitalize(name);
    }

    /** Returns the name of the method's {@code EndpointInfo} constant, such as {@code GET_PROFILE}. */
    public String constantName() {
        return Names.constantName(name);
    }

    /** Returns the name of the endpoint field and accessor, such as {@code getProfileEndpoint}. */
    public String endpointName() {
        return name + "Endpoint";
    }

    /** Returns the request record's simple name, such as {@code GetProfileRequest}. */
    public String requestRecordName() {
        return capitalizedName() + "Request";
    }

    /** Returns the response record's simple name, such as {@code GetProfileResponse}. */
    public String responseRecordName() {
        return capitalizedName() + "Response";
    }

    /** Returns whether the method is served over HTTP, that is, is not {@code @NoHttp}. */
    public boolean isHttp() {
        return verb != null;
    }

    /** Returns the parameters that are fields of the JSON body, in order. */
    public List<ParameterModel> bodyFields() {
        return parameters.stream().filter(p -> p.binding() == Binding.BODY_FIELD).toList();
    }

    /**
     * Returns whether the JSON body is the request record itself: every request component is a body
     * field, so the record reads and writes the body with no other type.
     */
    public boolean bodyIsRequest() {
        List<ParameterModel> components = requestComponents();
        return !components.isEmpty() && components.stream().allMatch(p -> p.binding() == Binding.BODY_FIELD);
    }

    /** Returns the name of the record of the body fields beside other components, such as {@code PutItemBody}. */
    public String bodyRecordName() {
        return capitalizedName() + "Body";
    }

    /** Returns the parameters that are request record components, in order. */
    public List<ParameterModel> requestComponents() {
        return parameters.stream().filter(ParameterModel::isRequestComponent).toList();
    }
}
