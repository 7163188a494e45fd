package dev.javakit.processor.writer.apidoc;

import dev.javakit.processor.model.Cardinality;
import dev.javakit.processor.model.ClientErrorModel;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.model.json.JsonProperty;
import dev.javakit.processor.model.json.MethodShapes;
import dev.javakit.processor.writer.ResourceFileWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code META-INF/javakit/<service>.openrpc.json}: the service's JSON-RPC methods as an
 * OpenRPC 1.3 document, from the same model as the generated JSON-RPC binding: each method's params
 * by name or position, which of them are required, its result (the response record, as over
 * REST), and its errors, whose codes are the statuses REST answers them with.
 */
public final class OpenRpcWriter extends ResourceFileWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().jsonRpc();
    }

    @Override
    public String resourceName(ServiceModel service) {
        return ApiDocuments.resourceName(service, "openrpc");
    }

    @Override
    public String write(ServiceModel service) {
        List<Object> methods = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            methods.add(method(method, service.shapes().method(method.name())));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openrpc", "1.3.2");
        document.put("info", ApiDocuments.info(service));
        document.put("methods", methods);
        document.put("components", Map.of("schemas", JsonSchemas.components(service.shapes().definitions(), service.rejectUnknownFields())));
        return JsonText.print(document);
    }

    private static Map<String, Object> method(MethodModel method, MethodShapes shapes) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", method.jsonRpcName());
        if (!method.doc().isEmpty()) {
            described.put("summary", ApiDocuments.plain(method.doc().firstSentence()));
        }
        List<Object> params = new ArrayList<>();
        for (ParameterModel parameter : method.requestComponents()) {
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("name", parameter.name());
            JsonProperty property = shapes.parameters().get(parameter.name());
            // Required by the binding (its cardinality) or by the codec reading the request record.
            param.put("required", parameter.cardinality() == Cardinality.REQUIRED || property.required());
            param.put("schema", JsonSchemas.of(property));
            params.add(param);
        }
        described.put("params", params);
        described.put("paramStructure", "either");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", "result");
        result.put("schema", JsonSchemas.object(shapes.result() == null ? List.of() : List.of(shapes.result())));
        described.put("result", result);
        List<Object> errors = new ArrayList<>();
        for (ClientErrorModel error : method.clientErrors()) {
            // The message is the exception's own, known only when it is thrown; its name travels in data.
            Map<String, Object> describedError = new LinkedHashMap<>();
            describedError.put("code", error.status());
            describedError.put("message", error.identity());
            describedError.put("data", Map.of("kit-error", error.identity()));
            errors.add(describedError);
        }
        if (!errors.isEmpty()) {
            described.put("errors", errors);
        }
        return described;
    }
}
