package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.METER_REGISTRY;
import static dev.javakit.processor.writer.RuntimeTypes.METHOD_TIMER;
import static dev.javakit.processor.writer.RuntimeTypes.SERVICE_METRICS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Metrics}: a service decorator that times every call with a Micrometer
 * timer per method and outcome (Go kit's {@code instrumentingMiddleware}). Timers are resolved in
 * the constructor, so a call costs two clock reads and one timer update.
 */
public final class MetricsDecoratorWriter extends DecoratorWriter {


    @Override
    protected ClassName decorator(ServiceModel service) {
        return service.metricsClass();
    }

    @Override
    protected CodeBlock javadoc(ServiceModel service) {
        return CodeBlock.of("A {@link $T} that times every call with a Micrometer timer per method and outcome,\n"
                + "as Go kit's {@code instrumentingMiddleware}: wrap the service in it.", service.serviceType());
    }

    @Override
    protected CodeBlock summary(CodeBlock link) {
        return CodeBlock.of("Calls $L on the delegate and times the call.", link);
    }

    @Override
    protected void addMembers(TypeSpec.Builder type, ServiceModel service) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("Creates a decorator of {@code delegate} with its timers in {@code registry}.")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(service.serviceType(), "delegate")
                .addParameter(METER_REGISTRY, "registry")
                .addStatement("this.delegate = $T.requireNonNull(delegate, $S)", Objects.class, "delegate")
                .addStatement("$T metrics = $T.forService(registry, $S)", SERVICE_METRICS, SERVICE_METRICS,
                        service.serviceName());
        for (MethodModel method : service.methods()) {
            type.addField(METHOD_TIMER, timer(method), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = metrics.method($S)", timer(method), method.name());
        }
        type.addMethod(constructor.build());
    }

    @Override
    protected CodeBlock start(MethodModel method) {
        return CodeBlock.of("$L.start()", field(timer(method), method));
    }

    @Override
    protected CodeBlock succeeded(MethodModel method, Locals locals) {
        return CodeBlock.builder().addStatement("$L.succeeded($N)", field(timer(method), method), locals.start()).build();
    }

    @Override
    protected CodeBlock failed(MethodModel method, Locals locals) {
        return CodeBlock.builder()
                .addStatement("$L.failed($N, $N)", field(timer(method), method), locals.start(), locals.error())
                .build();
    }

    private static String timer(MethodModel method) {
        return method.name() + "Timer";
    }
}
