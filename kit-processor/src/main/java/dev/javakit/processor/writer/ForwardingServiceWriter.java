package dev.javakit.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Forwarding<Service>}: an abstract service that forwards every method to a
 * delegate, so a service middleware overrides only the methods it cares about (Go kit's struct
 * embedding the interface).
 */
public final class ForwardingServiceWriter extends SourceFileWriter {

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        TypeSpec.Builder type = TypeSpec.classBuilder(service.forwardingClass())
                .addJavadoc("A {@link $T} that forwards every call to a delegate: extend it and override the\n"
                        + "methods a service middleware changes, as Go kit's structs embedding the service do.",
                        service.serviceType())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.ABSTRACT)
                .addSuperinterface(service.serviceType())
                .addField(service.serviceType(), "delegate", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates a service that forwards every call to {@code delegate}.")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(service.serviceType(), "delegate")
                        .addStatement("this.delegate = $T.requireNonNull(delegate, $S)", Objects.class, "delegate")
                        .build())
                .addMethod(MethodSpec.methodBuilder("delegate")
                        .addJavadoc("Returns the service every call is forwarded to.")
                        .addModifiers(Modifier.PROTECTED)
                        .returns(service.serviceType())
                        .addStatement("return delegate")
                        .build());
        for (MethodModel method : service.methods()) {
            CodeBlock arguments = method.parameters().stream()
                    .map(p -> CodeBlock.of("$N", p.name()))
                    .collect(CodeBlock.joining(", "));
            // this.delegate, not delegate: a parameter may be called delegate too.
            CodeBlock call = CodeBlock.of("this.delegate.$N($L)", method.name(), arguments);
            type.addMethod(Signatures.override(method)
                    .addJavadoc(Javadocs.sameSignature(
                            CodeBlock.of("Forwards $L to the delegate.", Javadocs.link(method)), method))
                    .addStatement(method.returnsVoid() ? "$L" : "return $L", call)
                    .build());
        }
        return type;
    }
}
