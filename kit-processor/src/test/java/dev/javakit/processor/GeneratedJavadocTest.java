package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins how a service method's Javadoc reaches the generated members that mirror it: its text with
 * its HTML and code spans as written, its links to what the generated file may not see turned into
 * code, and its block tags kept only where the member has what they name.
 */
class GeneratedJavadocTest {

    private static final JavaFileObject[] SOURCES = {
        JavaFileObjects.forSourceLines("docs.Archive",
                "package docs;",
                "import dev.javakit.annotations.http.GET;",
                "public interface Archive<T> {",
                "    /**",
                "     * Loads the item stored under {@code id}.",
                "     *",
                "     * @param id its key",
                "     * @return the item",
                "     */",
                "    @GET(\"/items/{id}\") T load(String id);",
                "}"),
        JavaFileObjects.forSourceLines("docs.Notes",
                "package docs;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.GET;",
                "import dev.javakit.annotations.http.Query;",
                "import java.util.List;",
                "@KitService",
                "public interface Notes extends Archive<Note> {",
                "    /**",
                "     * Finds the notes scored &lt; {@code max} &amp; tagged, as in {@code score < max && tagged}.",
                "     * See {@link Note} and {@linkplain #count() the count}.",
                "     *",
                "     * @param max the exclusive upper bound",
                "     * @return the matching notes, best first",
                "     * @throws Missing when no note matches",
                "     * @throws IllegalStateException never",
                "     * @see Note",
                "     * @since 1.0",
                "     */",
                "    @GET(\"/notes\") List<Note> find(@Query int max) throws Missing;",
                "    @GET(\"/count\") int count();",
                "}"),
        JavaFileObjects.forSourceLines("docs.Note", "package docs;", "public record Note(String text) {}"),
        JavaFileObjects.forSourceLines("docs.Missing",
                "package docs;",
                "@dev.javakit.annotations.ErrorStatus(404)",
                "public class Missing extends Exception {",
                "    private static final long serialVersionUID = 1L;",
                "    public Missing() { super(\"not found\"); }",
                "}"),
    };

    private static final String FIND = "Finds the notes scored &lt; {@code max} &amp; tagged, as in"
            + " {@code score < max && tagged}. See {@code Note} and the count.";

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = javac()
                .withProcessors(new KitProcessor())
                .withOptions("-Xlint:all,-processing", "-Xdoclint:all,-missing", "-Werror")
                .compile(SOURCES);
    }

    @Test
    void compilesWithoutWarningsUnderXlintAndDoclint() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aMemberWithTheMethodsSignatureCarriesItsJavadocAndTags() {
        assertThat(javadoc("NotesLogging", "NotesLogging.find(int)")).isEqualTo(
                "Calls {@link Notes#find(int)} on the delegate and logs the call. <p>" + FIND
                        + " @param max the exclusive upper bound @return the matching notes, best first"
                        + " @throws Missing when no note matches");
    }

    @Test
    void recordsTurnTheTagsIntoComponentParams() {
        assertThat(javadoc("NotesEndpoints", "NotesEndpoints.FindRequest"))
                .contains("{@link Notes#find(int)}", FIND)
                .endsWith("@param max the exclusive upper bound");
        assertThat(javadoc("NotesEndpoints", "NotesEndpoints.FindResponse"))
                .endsWith(FIND + " @param result the matching notes, best first");
    }

    @Test
    void constantsCarryTheFirstSentence() {
        assertThat(javadoc("NotesEndpoints", "NotesEndpoints.FIND")).isEqualTo(
                "Names {@link Notes#find(int)} to middlewares: {@code with(middleware.onlyFor(FIND))} wraps its"
                        + " endpoint alone. <p>Finds the notes scored &lt; {@code max} &amp; tagged, as in"
                        + " {@code score < max && tagged}.");
    }

    @Test
    void anUndocumentedMethodGetsTheLinkAlone() {
        assertThat(javadoc("NotesEndpoints", "NotesEndpoints.COUNT")).isEqualTo(
                "Names {@link Notes#count()} to middlewares: {@code with(middleware.onlyFor(COUNT))} wraps its"
                        + " endpoint alone.");
    }

    @Test
    void anInheritedMethodLinksToItsDeclaration() {
        assertThat(javadoc("ForwardingNotes", "ForwardingNotes.load(String)")).isEqualTo(
                "Forwards {@link Archive#load(String)} to the delegate. <p>Loads the item stored under {@code id}."
                        + " @param id its key @return the item");
    }

    private static String javadoc(String file, String declaration) {
        Map<String, String> docs = Javadocs.of(compilation.generatedSourceFile("docs." + file).orElseThrow());
        assertThat(docs).containsKey(declaration);
        return docs.get(declaration);
    }
}
