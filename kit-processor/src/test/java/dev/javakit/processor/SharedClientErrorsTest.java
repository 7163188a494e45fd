package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Pins that methods declaring the same exceptions share one client error table, written once, while
 * a method declaring others gets its own and one declaring none the empty table.
 */
class SharedClientErrorsTest {

    private static final JavaFileObject MISSING = JavaFileObjects.forSourceLines("shared.Missing",
            "package shared;",
            "@dev.javakit.annotations.ErrorStatus(404)",
            "public class Missing extends Exception {",
            "  private static final long serialVersionUID = 1L;",
            "}");

    private static final JavaFileObject CONFLICT = JavaFileObjects.forSourceLines("shared.Conflict",
            "package shared;",
            "@dev.javakit.annotations.ErrorStatus(409)",
            "public class Conflict extends Exception {",
            "  private static final long serialVersionUID = 1L;",
            "}");

    private static final JavaFileObject SERVICE = JavaFileObjects.forSourceLines("shared.Items",
            "package shared;",
            "import dev.javakit.annotations.KitService;",
            "import dev.javakit.annotations.http.*;",
            "@KitService",
            "public interface Items {",
            "  @GET(\"/items/{id}\") String get(String id) throws Missing;",
            "  @POST(\"/items/{id}\") void create(String id) throws Conflict;",
            "  @DELETE(\"/items/{id}\") void delete(String id) throws Missing;",
            "  @GET(\"/items/{id}/size\") int size(String id);",
            "}");

    @Test
    void methodsDeclaringTheSameExceptionsShareTheFirstOnesTable() throws IOException {
        Compilation compilation = Sources.compile(MISSING, CONFLICT, SERVICE);
        assertThat(compilation).succeededWithoutWarnings();

        String errors = compilation.generatedSourceFile("shared.ItemsClientErrors").orElseThrow()
                .getCharContent(true).toString().replaceAll("\\s+", " ");
        assertThat(errors)
                .contains("static final ClientErrors GET = ClientErrors.builder() .fixed(404, \"Missing\", Missing::new)")
                .contains("static final ClientErrors CREATE = ClientErrors.builder() .fixed(409, \"Conflict\", Conflict::new)")
                .contains("static final ClientErrors DELETE = GET;")
                .contains("static final ClientErrors SIZE = ClientErrors.NONE;");
    }
}
