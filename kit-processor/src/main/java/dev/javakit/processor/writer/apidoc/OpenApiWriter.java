package dev.javakit.processor.writer.apidoc;

import dev.javakit.processor.model.Binding;
import dev.javakit.processor.model.Cardinality;
import dev.javakit.processor.model.ClientErrorModel;
import dev.javakit.processor.model.DocComment;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ScalarType;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.model.json.JsonProperty;
import dev.javakit.processor.model.json.JsonShape;
import dev.javakit.processor.model.json.MethodShapes;
import dev.javakit.processor.model.json.OptionalShape;
import dev.javakit.processor.writer.ResourceFileWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code META-INF/javakit/<service>.openapi.json}: the service's HTTP routes as an OpenAPI
 * 3.1 document, read from the same model as the routes and the client, so the three cannot drift:
 * each route's path, query and header parameters, its JSON body (the whole body, or an object of
 * the body fields), its answer, and its error answers with their statuses.
 */
public final class OpenApiWriter extends ResourceFileWriter {

    private static final String JSON = "application/json";
    private static final String KIT_ERROR = "Kit-Error";
    private static final String INVALID_REQUEST_NAME = "InvalidRequest";
    private static final String SERVER_ERROR = "ServerError";
    private static final String INVALID_REQUEST = "an invalid request: a missing or malformed parameter or body";

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().http();
    }

    @Override
    public String resourceName(ServiceModel service) {
        return ApiDocuments.resourceName(service, "openapi");
    }

    @Override
    public String write(ServiceModel service) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (MethodModel method : service.methods()) {
            if (!method.isHttp()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(method.path().text(),
                    p -> new LinkedHashMap<String, Object>());
            path.put(method.verb().name().toLowerCase(Locale.ROOT), operation(method,
                    service.shapes().method(method.name()), service.rejectUnknownFields()));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", ApiDocuments.info(service));
        document.put("paths", paths);
        document.put("components", components(service));
        return JsonText.print(document);
    }

    private static Map<String, Object> operation(MethodModel method, MethodShapes shapes, boolean closed) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", method.name());
        if (!method.doc().isEmpty()) {
            operation.put("summary", ApiDocuments.plain(method.doc().firstSentence()));
        }
        List<Object> parameters = new ArrayList<>();
        List<JsonProperty> bodyFields = new ArrayList<>();
        JsonProperty body = null;
        for (ParameterModel parameter : method.parameters()) {
            JsonProperty shape = shapes.parameters().get(parameter.name());
            switch (parameter.binding()) {
                case PATH, QUERY, HEADER -> parameters.add(parameter(parameter, shape));
                case BODY -> body = shape;
                case BODY_FIELD -> bodyFields.add(shape);
                case CONTEXT -> {
                    // The request's context is the server's, not the client's to send.
                }
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (body != null || !bodyFields.isEmpty()) {
            Map<String, Object> requestBody = new LinkedHashMap<>();
            requestBody.put("required", true);
            requestBody.put("content", content(body != null ? JsonSchemas.of(body)
                    : JsonSchemas.object(bodyFields, closed)));
            operation.put("requestBody", requestBody);
        }
        operation.put("responses", responses(method, shapes));
        return operation;
    }

    /** A path, query or header parameter, read as the generated routes read it. */
    private static Map<String, Object> parameter(ParameterModel parameter, JsonProperty property) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", parameter.wireName());
        described.put("in", parameter.binding().name().toLowerCase(Locale.ROOT));
        described.put("required", parameter.binding() == Binding.PATH || parameter.cardinality() == Cardinality.REQUIRED);
        JsonShape shape = property.shape();
        // An absent Optional is the parameter's absence; its value, when present, is never null.
        described.put("schema", JsonSchemas.of(shape instanceof OptionalShape optional ? optional.value() : shape));
        return described;
    }

    private static Map<String, Object> responses(MethodModel method, MethodShapes shapes) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> ok = new LinkedHashMap<>();
        DocComment doc = method.doc();
        ok.put("description", doc.returns() != null ? ApiDocuments.plain(doc.returns())
                : method.returnsVoid() ? "done" : "the result");
        ok.put("content", content(JsonSchemas.object(shapes.result() == null ? List.of() : List.of(shapes.result()))));
        responses.put("200", ok);
        Map<Integer, ErrorAnswer> errors = new TreeMap<>();
        for (ClientErrorModel error : method.clientErrors()) {
            errors.computeIfAbsent(error.status(), s -> new ErrorAnswer()).add(describe(error, doc));
        }
        boolean invalidRequest = method.parameters().stream().anyMatch(OpenApiWriter::canBeInvalid);
        if (invalidRequest && errors.containsKey(400)) {
            errors.get(400).add(INVALID_REQUEST);
        } else if (invalidRequest) {
            responses.put("400", reference(INVALID_REQUEST_NAME));
        }
        errors.forEach((status, answer) -> responses.put(status.toString(), answer.describe()));
        responses.put("default", reference(SERVER_ERROR));
        return responses;
    }

    /** Returns whether the server may refuse what the client sends for {@code parameter}: all but a string in the path. */
    private static boolean canBeInvalid(ParameterModel parameter) {
        return parameter.isRequestComponent()
                && !(parameter.binding() == Binding.PATH && parameter.scalar().kind() == ScalarType.Kind.STRING);
    }

    /** Returns the answers every operation shares, and the header every error answer carries. */
    private static Map<String, Object> components(ServiceModel service) {
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", JsonSchemas.components(service.shapes().definitions(), service.rejectUnknownFields()));
        components.put("responses", JsonText.object(
                INVALID_REQUEST_NAME, new ErrorAnswer().add(INVALID_REQUEST).describe(),
                SERVER_ERROR, new ErrorAnswer().add("any other error: no route, a wrong method, a limit, "
                        + "overload, or an unexpected failure (500)").describe()));
        components.put("headers", JsonText.object(KIT_ERROR, JsonText.object(
                "description", "names the exception behind an error answer: its simple class name, or kit.server "
                        + "for the server's own answers",
                "schema", JsonText.object("type", "string"))));
        return components;
    }

    private static Map<String, Object> reference(String response) {
        return JsonText.object("$ref", "#/components/responses/" + response);
    }

    private static String describe(ClientErrorModel error, DocComment doc) {
        for (DocComment.ThrowsTag tag : doc.throwsTags()) {
            if (tag.exception().toString().equals(error.exception().toString()) && !tag.description().isEmpty()) {
                return error.identity() + ": " + ApiDocuments.plain(tag.description());
            }
        }
        return error.identity();
    }

    private static Map<String, Object> content(Map<String, Object> schema) {
        return Map.of(JSON, Map.of("schema", schema));
    }

    /** The error answers of one status, each described by the exception behind it. */
    private static final class ErrorAnswer {

        private final List<String> descriptions = new ArrayList<>();

        ErrorAnswer add(String description) {
            descriptions.add(description);
            return this;
        }

        Map<String, Object> describe() {
            return JsonText.object(
                    "description", String.join("; or ", descriptions),
                    "headers", JsonText.object(KIT_ERROR, JsonText.object("$ref", "#/components/headers/" + KIT_ERROR)),
                    "content", content(JsonSchemas.reference(JsonSchemas.ERROR)));
        }
    }
}
