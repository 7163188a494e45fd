package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.LOGGER;
import static dev.javakit.processor.writer.RuntimeTypes.LOGGER_FACTORY;
import static dev.javakit.processor.writer.RuntimeTypes.SERVICE_LOGGER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Logging}: a service decorator that logs one structured line per call with
 * the arguments by their parameter names (Go kit's {@code loggingMiddleware}). Arguments are
 * passed to the log only when its level is on, so a disabled level costs no boxing or array.
 */
public final class LoggingDecoratorWriter extends DecoratorWriter {


    @Override
    protected ClassName decorator(ServiceModel service) {
        return service.loggingClass();
    }

    @Override
    protected CodeBlock javadoc(ServiceModel service) {
        return CodeBlock.of("A {@link $T} that logs one structured line per call, with the arguments by name,\n"
                + "as Go kit's {@code loggingMiddleware}: wrap the service in it.", service.serviceType());
    }

    @Override
    protected CodeBlock summary(CodeBlock link) {
        return CodeBlock.of("Calls $L on the delegate and logs the call.", link);
    }

    @Override
    protected void addMembers(TypeSpec.Builder type, ServiceModel service) {
        type.addField(SERVICE_LOGGER, "calls", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates a decorator of {@code delegate} logging to the logger named after {@link $T}.",
                                service.serviceType())
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(service.serviceType(), "delegate")
                        .addStatement("this(delegate, $T.getLogger($T.class))", LOGGER_FACTORY, service.serviceType())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates a decorator of {@code delegate} logging to {@code log}.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(service.serviceType(), "delegate")
                        .addParameter(LOGGER, "log")
                        .addStatement("this.delegate = $T.requireNonNull(delegate, $S)", Objects.class, "delegate")
                        .addStatement("this.calls = new $T(log, $S)", SERVICE_LOGGER, service.serviceName())
                        .build());
    }

    @Override
    protected CodeBlock start(MethodModel method) {
        return CodeBlock.of("$L.start()", field("calls", method));
    }

    @Override
    protected CodeBlock succeeded(MethodModel method, Locals locals) {
        List<CodeBlock> arguments = new ArrayList<>(List.of(CodeBlock.of("$S", method.name()), CodeBlock.of("$N", locals.start())));
        arguments.addAll(keyValues(method));
        if (method.logResult()) {
            arguments.add(CodeBlock.of("$S, $N", method.resultName(), locals.result()));
        }
        // No if-enabled guard around the call: ServiceLogger checks first and is small enough to be
        // inlined, so a disabled line still builds neither the array nor the boxes.
        return CodeBlock.builder()
                .addStatement("$L.succeeded($L)", field("calls", method), CodeBlock.join(arguments, ", "))
                .build();
    }

    @Override
    protected CodeBlock failed(MethodModel method, Locals locals) {
        List<CodeBlock> arguments = new ArrayList<>(List.of(
                CodeBlock.of("$S", method.name()), CodeBlock.of("$N", locals.start()), CodeBlock.of("$N", locals.error())));
        arguments.addAll(keyValues(method));
        return CodeBlock.builder()
                .addStatement("$L.failed($L)", field("calls", method), CodeBlock.join(arguments, ", "))
                .build();
    }

    private static List<CodeBlock> keyValues(MethodModel method) {
        List<CodeBlock> keyValues = new ArrayList<>();
        for (ParameterModel parameter : method.parameters()) {
            if (isLogged(parameter)) {
                keyValues.add(parameter.redacted()
                        ? CodeBlock.of("$S, $T.REDACTED", parameter.name(), SERVICE_LOGGER)
                        : CodeBlock.of("$S, $N", parameter.name(), parameter.name()));
            }
        }
        return keyValues;
    }
}
