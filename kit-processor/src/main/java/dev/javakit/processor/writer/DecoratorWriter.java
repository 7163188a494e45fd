package dev.javakit.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The base of generated service decorators: a final class implementing the service over a
 * delegate, each method timing the call and reporting success or failure. Subclasses say what
 * fields the decorator has, what it does before the call, and what on either outcome.
 */
abstract class DecoratorWriter extends SourceFileWriter {

    /** The local variable names of one decorated method, chosen not to clash with its parameters. */
    record Locals(String start, String result, String error) {
    }

    @Override
    public final boolean writesFor(ServiceModel service) {
        return service.artifacts().decorators();
    }

    /** Returns the decorator's class name. */
    protected abstract ClassName decorator(ServiceModel service);

    /** Returns the decorator's Javadoc. */
    protected abstract CodeBlock javadoc(ServiceModel service);

    /** Returns the first sentence of a decorated method's Javadoc, given the link to the service method. */
    protected abstract CodeBlock summary(CodeBlock link);

    /** Adds the decorator's fields and constructors, beside the {@code delegate} field. */
    protected abstract void addMembers(TypeSpec.Builder type, ServiceModel service);

    /** Returns the expression of the call's start time. */
    protected abstract CodeBlock start(MethodModel method);

    /** Returns the statements run after the delegate returned (its result, if any, in {@code locals.result()}). */
    protected abstract CodeBlock succeeded(MethodModel method, Locals locals);

    /** Returns the statements run after the delegate threw {@code locals.error()}. */
    protected abstract CodeBlock failed(MethodModel method, Locals locals);

    @Override
    protected final TypeSpec.Builder type(ServiceModel service) {
        TypeSpec.Builder type = TypeSpec.classBuilder(decorator(service))
                .addJavadoc(javadoc(service))
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(service.serviceType())
                .addField(service.serviceType(), "delegate", Modifier.PRIVATE, Modifier.FINAL);
        addMembers(type, service);
        for (MethodModel method : service.methods()) {
            type.addMethod(decorated(method));
        }
        return type;
    }

    private MethodSpec decorated(MethodModel method) {
        Set<String> taken = new HashSet<>();
        method.parameters().forEach(p -> taken.add(p.name()));
        Locals locals = new Locals(fresh("start", taken), fresh("result", taken), fresh("e", taken));
        CodeBlock arguments = method.parameters().stream()
                .map(p -> CodeBlock.of("$N", p.name()))
                .collect(CodeBlock.joining(", "));
        CodeBlock call = CodeBlock.of("$L.$N($L)", field("delegate", method), method.name(), arguments);
        CodeBlock.Builder body = CodeBlock.builder().addStatement("long $N = $L", locals.start(), start(method));
        if (!method.returnsVoid()) {
            body.addStatement("$T $N", method.returnType(), locals.result());
        }
        body.beginControlFlow("try")
                .addStatement(method.returnsVoid() ? "$L" : "$N = $L",
                        method.returnsVoid() ? new Object[] {call} : new Object[] {locals.result(), call})
                .nextControlFlow("catch ($T $N)", Throwable.class, locals.error())
                .add(failed(method, locals))
                // A precise rethrow: only what the delegate may throw leaves, as the signature says.
                .addStatement("throw $N", locals.error())
                .endControlFlow()
                // Outside the try: a failure while reporting success is not the call's failure.
                .add(succeeded(method, locals));
        if (!method.returnsVoid()) {
            body.addStatement("return $N", locals.result());
        }
        return Signatures.override(method)
                .addJavadoc(Javadocs.sameSignature(summary(Javadocs.link(method)), method))
                .addCode(body.build())
                .build();
    }

    /** Returns {@code name}, or {@code this.name} when a parameter of {@code method} hides the field. */
    protected static CodeBlock field(String name, MethodModel method) {
        boolean hidden = method.parameters().stream().anyMatch(p -> p.name().equals(name));
        return hidden ? CodeBlock.of("this.$N", name) : CodeBlock.of("$N", name);
    }

    /** Returns the parameters and values a log line shows: every argument but the context, redacted ones masked. */
    protected static boolean isLogged(ParameterModel parameter) {
        return parameter.isRequestComponent();
    }

    private static String fresh(String preferred, Set<String> taken) {
        String name = preferred;
        while (taken.contains(name)) {
            name = name + "_";
        }
        taken.add(name);
        return name;
    }
}
