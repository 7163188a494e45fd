package dev.javakit.processor.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import javax.lang.model.element.Modifier;

/**
 * How generated classes that implement the service declare its methods, and records their
 * components; a printing helper the writers share.
 */
final class Signatures {

    private Signatures() {
    }

    /** Returns the method's signature as an {@code @Override}, without the body. */
    static MethodSpec.Builder override(MethodModel method) {
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotations(method.resultAnnotations())
                .returns(method.declaredReturnType());
        for (ParameterModel parameter : method.parameters()) {
            spec.addParameter(component(parameter));
        }
        spec.varargs(method.varargs());
        for (TypeName thrown : method.thrownTypes()) {
            spec.addException(thrown);
        }
        return spec;
    }

    /**
     * Returns the parameter as a parameter or record component declares it, with its {@code Nullable}
     * annotations, so that null checkers and the JSON codec tell it from a required one.
     */
    static ParameterSpec component(ParameterModel parameter) {
        return ParameterSpec.builder(parameter.declaredType(), parameter.name())
                .addAnnotations(parameter.nullableAnnotations())
                .build();
    }

    /** Returns the response record's component: the result, with its {@code Nullable} annotations. */
    static ParameterSpec result(MethodModel method) {
        return ParameterSpec.builder(method.declaredReturnType(), method.resultName())
                .addAnnotations(method.resultAnnotations())
                .build();
    }
}
