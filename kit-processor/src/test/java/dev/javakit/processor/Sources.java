package dev.javakit.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, the way a user's build would. */
final class Sources {

    /** The test service and its supporting types, under src/test/resources/greeter. */
    static final List<String> GREETER = List.of(
            "GreeterService", "Greeting", "Color", "Nullable", "UnknownLanguageException", "DuplicateGreetingException");

    private Sources() {
    }

    /** Returns the named resources of {@code greeter/test} as source files. */
    static JavaFileObject[] greeter() {
        return GREETER.stream()
                .map(name -> JavaFileObjects.forResource("greeter/test/" + name + ".java"))
                .toArray(JavaFileObject[]::new);
    }

    /**
     * Compiles with the processor and every lint warning an error, as {@code -Xlint:all -Werror}
     * users do. The test sources' own {@code @Nullable} is claimed by no processor, which the
     * processing lint would report; it is about the test's annotations, not generated code.
     */
    static Compilation compile(JavaFileObject... sources) {
        return javac()
                .withProcessors(new KitProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    /** Compiles the greeter with {@code extra} sources beside it. */
    static Compilation compileGreeterWith(JavaFileObject... extra) {
        return compile(Stream.concat(Stream.of(greeter()), Stream.of(extra)).toArray(JavaFileObject[]::new));
    }
}
