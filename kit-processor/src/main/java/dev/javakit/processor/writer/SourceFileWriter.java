package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.GENERATED;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.ServiceModel;
import javax.lang.model.element.Modifier;

/**
 * The base of every writer: one generated type per service, stamped {@code @Generated} and tied
 * to its interface as the originating element (which makes the processor isolating).
 */
public abstract class SourceFileWriter {

    /** The processor's name, as {@code @Generated} records it. */
    public static final String GENERATOR = "dev.javakit.processor.KitProcessor";

    /** Returns the generated file for {@code service}. */
    public final JavaFile write(ServiceModel service) {
        TypeSpec type = type(service)
                .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build())
                .addOriginatingElement(service.element())
                .build();
        return JavaFile.builder(service.packageName(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** Returns whether {@code service} chose this writer's artifact: always, unless the artifact is optional. */
    public boolean writesFor(ServiceModel service) {
        return true;
    }

    /** Returns the generated type, without its {@code @Generated} annotation. */
    protected abstract TypeSpec.Builder type(ServiceModel service);

    /** Returns {@code public} when the interface is visible outside its package, else nothing. */
    protected static Modifier[] visibility(ServiceModel service) {
        return service.isPublic() ? new Modifier[] {Modifier.PUBLIC} : new Modifier[0];
    }
}
