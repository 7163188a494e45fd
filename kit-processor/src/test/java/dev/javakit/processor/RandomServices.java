package dev.javakit.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * Writes random {@code @KitService} interfaces drawn from every shape the processor supports:
 * each verb, path templates with placeholders bound by name or by {@code @Path}, query, header,
 * body and context parameters of every supported type, every kind of result, checked and
 * unchecked exceptions, and parameter names the generated code uses itself; every other one with
 * gRPC too.
 */
final class RandomServices {

    private static final String[] SCALARS = {
        "String", "int", "long", "boolean", "double", "short", "Integer", "Long", "Color", "UUID", "BigDecimal",
    };
    private static final String[] QUERY_TYPES = {
        "String", "int", "long", "boolean", "@Nullable Integer", "@Nullable String", "Optional<String>",
        "Optional<Integer>", "Optional<Color>", "List<String>", "List<Long>", "List<UUID>", "Color", "UUID",
        "BigDecimal", "BigInteger", "char", "float", "byte",
    };
    private static final String[] HEADER_TYPES = {"String", "Optional<Integer>", "@Nullable String", "List<String>"};
    private static final String[] BODY_TYPES = {
        "Item", "List<Item>", "Map<String, Integer>", "int[]", "Item[]", "Set<String>", "Optional<String>",
        "@Body String", "@Body long", "Map<String, List<Item>>",
    };
    /** Types of parameters that are body fields when there are several: the body types but {@code @Body}'s. */
    private static final String[] FIELD_TYPES = {
        "Item", "List<Item>", "Map<String, Integer>", "int[]", "Set<String>", "Optional<String>", "String", "int",
        "@Nullable Integer", "Color", "UUID", "BigDecimal",
    };
    private static final String[] RESULT_TYPES = {
        "void", "void", "int", "boolean", "double", "String", "Item", "List<Item>", "Map<String, List<Integer>>",
        "Optional<String>", "int[]", "Item[]", "Color", "UUID", "Set<Long>",
    };
    private static final String[] THROWS = {
        "", "", " throws Missing", " throws Missing, Conflict", " throws Broken", " throws Exception",
        " throws Conflict, Broken",
    };
    private static final String[] NAMES = {
        "id", "name", "request", "response", "ctx", "e", "next", "service", "json", "delegate", "query",
        "größe", "value", "count", "endpoint", "wrapper", "middleware", "decoders", "result", "of", "with",
    };
    private static final String[] VERBS = {"GET", "POST", "PUT", "PATCH", "DELETE"};

    private final Random random;

    RandomServices(long seed) {
        this.random = new Random(seed);
    }

    /** Returns the support types every random service imports: an item, an enum, exceptions, a nullable. */
    static List<JavaFileObject> supportTypes() {
        return List.of(
                JavaFileObjects.forSourceLines("shape.support.Item",
                        "package shape.support;", "public record Item(String id, int count) {}"),
                JavaFileObjects.forSourceLines("shape.support.Color",
                        "package shape.support;", "public enum Color { RED, GREEN }"),
                JavaFileObjects.forSourceLines("shape.support.Nullable",
                        "package shape.support;",
                        "@java.lang.annotation.Target({java.lang.annotation.ElementType.PARAMETER,",
                        "    java.lang.annotation.ElementType.TYPE_USE})",
                        "public @interface Nullable {}"),
                JavaFileObjects.forSourceLines("shape.support.Missing",
                        "package shape.support;",
                        "@dev.javakit.annotations.ErrorStatus(404)",
                        "public class Missing extends Exception { private static final long serialVersionUID = 1L; }"),
                JavaFileObjects.forSourceLines("shape.support.Conflict",
                        "package shape.support;",
                        "@dev.javakit.annotations.ErrorStatus(409)",
                        "public class Conflict extends Exception { private static final long serialVersionUID = 1L; }"),
                JavaFileObjects.forSourceLines("shape.support.Broken",
                        "package shape.support;",
                        "public class Broken extends RuntimeException { private static final long serialVersionUID = 1L; }"));
    }

    /** Returns whether the service of {@code index} is served over gRPC too: every other one. */
    static boolean isGrpc(int index) {
        return index % 2 == 1;
    }

    /** Returns a random service named {@code shape.p<index>.Service<index>}, with gRPC when {@link #isGrpc}. */
    JavaFileObject service(int index) {
        boolean grpc = isGrpc(index);
        String pkg = "shape.p" + index;
        String name = "Service" + index;
        List<String> lines = new ArrayList<>(List.of(
                "package " + pkg + ";",
                "import dev.javakit.annotations.*;",
                "import dev.javakit.annotations.http.*;",
                "import dev.javakit.context.Context;",
                "import java.math.*;",
                "import java.util.*;",
                "import shape.support.*;",
                grpc ? "@KitService(transports = {Transport.HTTP, Transport.JSON_RPC, Transport.GRPC})" : "@KitService",
                "public interface " + name + " {"));
        int methods = 1 + random.nextInt(6);
        for (int m = 0; m < methods; m++) {
            lines.add(method(m));
        }
        lines.add("}");
        return JavaFileObjects.forSourceLines(pkg + "." + name, lines);
    }

    private String method(int index) {
        int kind = random.nextInt(8);
        if (kind < 2) {
            return withoutRoute(index, kind == 0 ? "" : "@NoHttp ");
        }
        String verb = pick(VERBS);
        StringBuilder path = new StringBuilder("/m" + index);
        List<String> parameters = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        int placeholders = random.nextInt(3);
        for (int p = 0; p < placeholders; p++) {
            String placeholder = "p" + p;
            path.append("/{").append(placeholder).append('}');
            if (random.nextBoolean()) {
                parameters.add(pick(SCALARS) + " " + placeholder);
                used.add(placeholder);
            } else {
                parameters.add("@Path(\"" + placeholder + "\") " + pick(SCALARS) + " " + freshName(used));
            }
        }
        if (random.nextBoolean()) {
            path.append('/');
        }
        for (int q = random.nextInt(3); q > 0; q--) {
            String type = pick(QUERY_TYPES);
            String parameter = freshName(used);
            parameters.add(random.nextBoolean()
                    ? "@Query(\"q-" + parameter + "\") " + type + " " + parameter
                    : "@Query " + type + " " + parameter);
        }
        if (random.nextInt(3) == 0) {
            parameters.add("@Header(\"X-" + index + "\") " + pick(HEADER_TYPES) + " " + freshName(used));
        }
        if (random.nextInt(4) == 0) {
            parameters.add(random.nextInt(parameters.size() + 1), "Context " + freshName(used));
        }
        boolean hasBody = !verb.equals("GET") && !verb.equals("DELETE");
        if (hasBody) {
            // None, a lone body, or body fields of any type.
            int bodyParameters = random.nextInt(3);
            for (int b = bodyParameters; b > 0; b--) {
                parameters.add(pick(bodyParameters == 1 ? BODY_TYPES : FIELD_TYPES) + " " + freshName(used));
            }
        }
        return "  @" + verb + "(\"" + path + "\")" + resultAndName(index, parameters);
    }

    /** A method on its default route ({@code annotation} empty) or off HTTP ({@code @NoHttp}). */
    private String withoutRoute(int index, String annotation) {
        List<String> parameters = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int b = random.nextInt(4); b > 0; b--) {
            parameters.add(pick(FIELD_TYPES) + " " + freshName(used));
        }
        if (random.nextInt(4) == 0) {
            parameters.add(random.nextInt(parameters.size() + 1), "Context " + freshName(used));
        }
        return "  " + annotation + resultAndName(index, parameters);
    }

    private String resultAndName(int index, List<String> parameters) {
        String result = pick(RESULT_TYPES);
        String resultName = !result.equals("void") && random.nextBoolean()
                ? " @ResultName(\"" + pick(new String[] {"profile", "items", "größe", "value", "result"}) + "\")"
                : "";
        return resultName + " " + result + " op" + index + "(" + String.join(", ", parameters) + ")" + pick(THROWS) + ";";
    }

    private String freshName(Set<String> used) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String name = pick(NAMES);
            if (used.add(name)) {
                return name;
            }
        }
        String name = "extra" + used.size();
        used.add(name);
        return name;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
