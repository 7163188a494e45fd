package dev.javakit.processor.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import javax.lang.model.element.Modifier;

/** How generated classes that implement the service declare its methods; a printing helper the writers share. */
final class Signatures {

    private Signatures() {
    }

    /** Returns the method's signature as an {@code @Override}, without the body. */
    static MethodSpec.Builder override(MethodModel method) {
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(method.returnType());
        for (ParameterModel parameter : method.parameters()) {
            spec.addParameter(ParameterSpec.builder(parameter.type(), parameter.name()).build());
        }
        spec.varargs(method.varargs());
        for (TypeName thrown : method.thrownTypes()) {
            spec.addException(thrown);
        }
        return spec;
    }
}
