package dev.javakit.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.parse.KitAnnotations;
import dev.javakit.processor.parse.ParseResult;
import dev.javakit.processor.parse.ServiceParser;
import dev.javakit.processor.writer.ClientErrorsWriter;
import dev.javakit.processor.writer.EndpointsWriter;
import dev.javakit.processor.writer.ForwardingServiceWriter;
import dev.javakit.processor.writer.GrpcClientWriter;
import dev.javakit.processor.writer.GrpcWriter;
import dev.javakit.processor.writer.HttpClientWriter;
import dev.javakit.processor.writer.HttpRoutesWriter;
import dev.javakit.processor.writer.JsonRpcClientWriter;
import dev.javakit.processor.writer.JsonRpcWriter;
import dev.javakit.processor.writer.LoggingDecoratorWriter;
import dev.javakit.processor.writer.MetricsDecoratorWriter;
import dev.javakit.processor.writer.ResourceFileWriter;
import dev.javakit.processor.writer.SourceFileWriter;
import dev.javakit.processor.writer.apidoc.OpenApiWriter;
import dev.javakit.processor.writer.apidoc.OpenRpcWriter;
import dev.javakit.processor.writer.proto.ProtoCodecsWriter;
import dev.javakit.processor.writer.proto.ProtoDescriptorWriter;
import dev.javakit.processor.writer.proto.ProtoWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Generates the endpoints, forwarding base class, logging and metrics decorators, HTTP routes and
 * client, JSON-RPC binding and client, gRPC codecs, binding and client, and the error mappings the
 * clients share, of every
 * {@code @KitService} interface, and its API descriptions (OpenAPI for HTTP, OpenRPC for
 * JSON-RPC) as resources; those its {@code @KitService} leaves out are not written.
 *
 * <p>Each interface is parsed once into its model, which the writers print; one with errors gets
 * diagnostics and no code. One that refers to types not generated yet (by another processor) is
 * retried in the next round. Any
 * failure inside the processor becomes an error on the interface, never an exception in javac.
 * Every generated file originates from exactly one interface, so the processor is isolating.
 */
@AutoService(Processor.class)
public final class KitProcessor extends AbstractProcessor {

    /** The deferred interfaces by qualified name, each with the first type it mentions that did not resolve. */
    private final Map<String, String> deferred = new LinkedHashMap<>();
    private final List<SourceFileWriter> writers;
    private final List<ResourceFileWriter> resourceWriters = List.of(new OpenApiWriter(), new OpenRpcWriter(), new ProtoWriter(),
            new ProtoDescriptorWriter());
    private Reporter reporter;
    private ServiceParser parser;

    /** Creates the processor, as javac's service loader does. */
    public KitProcessor() {
        this(List.of(new EndpointsWriter(), new ForwardingServiceWriter(), new LoggingDecoratorWriter(),
                new MetricsDecoratorWriter(), new HttpRoutesWriter(), new ClientErrorsWriter(), new HttpClientWriter(),
                new JsonRpcWriter(), new JsonRpcClientWriter(), new ProtoCodecsWriter(), new GrpcWriter(),
                new GrpcClientWriter()));
    }

    /** Creates the processor with other writers; tests use it to make a writer fail. */
    KitProcessor(List<SourceFileWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        reporter = new Reporter(environment.getMessager());
        parser = new ServiceParser(environment.getElementUtils(), environment.getTypeUtils(), reporter);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(KitAnnotations.KIT_SERVICE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> services = new ArrayList<>();
        for (String name : deferred.keySet()) {
            TypeElement service = processingEnv.getElementUtils().getTypeElement(name);
            if (service != null) {
                services.add(service);
            }
        }
        deferred.clear();
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(KitAnnotations.KIT_SERVICE);
        if (annotation != null) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                services.add((TypeElement) element);
            }
        }
        for (TypeElement service : services) {
            process(service);
        }
        if (round.processingOver()) {
            deferred.forEach((name, unresolved) -> {
                TypeElement service = processingEnv.getElementUtils().getTypeElement(name);
                if (service != null) {
                    reporter.report(Message.UNRESOLVED_TYPE, service, service.getSimpleName(), unresolved);
                }
            });
            deferred.clear();
        }
        // Unclaimed, so that processors of other libraries that support "*" still run.
        return false;
    }

    private void process(TypeElement service) {
        try {
            ParseResult result = parser.parse(service);
            if (result instanceof ParseResult.Parsed parsed) {
                generate(parsed.model());
            } else if (result instanceof ParseResult.Deferred later) {
                deferred.put(service.getQualifiedName().toString(), later.unresolvedType());
            }
            // Invalid: the parser reported why, and nothing is generated for this interface.
        } catch (RuntimeException | LinkageError | AssertionError e) {
            reporter.report(Message.INTERNAL_ERROR, service, service.getQualifiedName(), e);
        }
    }

    private void generate(ServiceModel service) {
        for (SourceFileWriter writer : writers) {
            if (!writer.writesFor(service)) {
                continue;
            }
            JavaFile file = writer.write(service);
            try {
                file.writeTo(processingEnv.getFiler());
            } catch (IOException e) {
                reporter.report(Message.WRITE_FAILED, service.element(),
                        file.packageName() + "." + file.typeSpec().name(), e.getMessage());
            }
        }
        for (ResourceFileWriter writer : resourceWriters) {
            if (writer.writesFor(service)) {
                write(service, writer);
            }
        }
    }

    private void write(ServiceModel service, ResourceFileWriter writer) {
        String name = writer.resourceName(service);
        try {
            FileObject resource = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", name, service.element());
            // Text resources are UTF-8 whatever javac's -encoding, as JSON requires.
            try (OutputStream out = resource.openOutputStream()) {
                out.write(writer.content(service));
            }
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, service.element(), name, e.getMessage());
        }
    }
}
