package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.CLIENT_ERRORS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.ClientErrorModel;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>ClientErrors}: per method, how an error answer turns back into one of
 * its declared exceptions. Written once and read by every generated client, since the mapping
 * depends on the method alone, not on the transport that carried the answer.
 */
public final class ClientErrorsWriter extends SourceFileWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().anyClient();
    }

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        // Package-private: only the generated clients, in the same package, read it.
        TypeSpec.Builder type = TypeSpec.classBuilder(service.clientErrorsClass())
                .addJavadoc("How the clients of {@link $T} turn an error answer back into a declared exception,\n"
                        + "one table per method, as the {@code errorDecoder} of Go kit's profilesvc client.",
                        service.serviceType())
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        // Methods that declare the same exceptions (most often just a not-found) share the first
        // one's table: one line instead of a builder, and fewer method references for javac.
        Map<List<ClientErrorModel>, String> written = new HashMap<>();
        for (MethodModel method : service.methods()) {
            String same = written.putIfAbsent(method.clientErrors(), method.constantName());
            type.addField(FieldSpec.builder(CLIENT_ERRORS, method.constantName(), Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(Javadocs.brief(
                            CodeBlock.of("The declared exceptions of $L\nthat a client recreates.", Javadocs.link(method)),
                            method))
                    .initializer(same != null && !method.clientErrors().isEmpty() ? CodeBlock.of("$N", same) : errors(method))
                    .build());
        }
        return type;
    }

    private static CodeBlock errors(MethodModel method) {
        if (method.clientErrors().isEmpty()) {
            return CodeBlock.of("$T.NONE", CLIENT_ERRORS);
        }
        CodeBlock.Builder builder = CodeBlock.builder().add("$T.builder()$>$>", CLIENT_ERRORS);
        for (ClientErrorModel error : method.clientErrors()) {
            if (error.fixedMessage()) {
                builder.add("\n.fixed($L, $S, $T::new)", error.status(), error.identity(), error.exception());
            }
            if (error.messageConstructor()) {
                builder.add("\n.withMessage($L, $S, $T::new)", error.status(), error.identity(), error.exception());
            }
        }
        return builder.add("\n.build()$<$<").build();
    }
}
