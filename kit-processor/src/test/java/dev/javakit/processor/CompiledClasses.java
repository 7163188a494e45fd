package dev.javakit.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compile-testing compilation wrote, its sources' and the generated ones, from memory. */
final class CompiledClasses extends ClassLoader {

    private final Map<String, byte[]> classes = new HashMap<>();

    /** Loads {@code compilation}'s classes, delegating every other class to {@code parent}. */
    CompiledClasses(Compilation compilation, ClassLoader parent) {
        super(parent);
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String name = file.getName().replaceFirst("^/?CLASS_OUTPUT/", "").replaceAll("\\.class$", "").replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
