package dev.javakit.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Reads the Javadoc of every declaration in a source file, which comparing syntax trees ignores:
 * by declaration (such as {@code Outer.Inner.method(String,int)}), whitespace runs made one space
 * so that rewrapping alone changes nothing.
 */
final class Javadocs {

    private Javadocs() {
    }

    /** Returns the documented declarations of {@code source} with their Javadoc, in source order. */
    static Map<String, String> of(JavaFileObject source) {
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, null, List.of("-proc:none"), null, List.of(source));
        DocTrees trees = DocTrees.instance(task);
        Map<String, String> docs = new LinkedHashMap<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new TreePathScanner<Void, String>() {
                    @Override
                    public Void visitClass(ClassTree type, String owner) {
                        String name = owner + type.getSimpleName();
                        put(name);
                        return super.visitClass(type, name + ".");
                    }

                    @Override
                    public Void visitMethod(MethodTree method, String owner) {
                        put(owner + method.getName() + method.getParameters().stream()
                                .map(p -> p.getType().toString())
                                .collect(Collectors.joining(",", "(", ")")));
                        return null; // not into bodies: lambdas and local classes are no API
                    }

                    @Override
                    public Void visitVariable(VariableTree field, String owner) {
                        put(owner + field.getName());
                        return null;
                    }

                    private void put(String declaration) {
                        String doc = trees.getDocComment(getCurrentPath());
                        if (doc != null) {
                            docs.put(declaration, doc.strip().replaceAll("\\s+", " "));
                        }
                    }
                }.scan(unit, "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
