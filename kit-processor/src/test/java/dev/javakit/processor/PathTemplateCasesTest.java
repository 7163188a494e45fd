package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.javakit.wire.PathTemplateCase;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor against kit-wire's table of path templates, the one the router is tested against
 * too: a template compiles exactly when the server would route it.
 */
class PathTemplateCasesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    static List<PathTemplateCase> accepted() {
        return PathTemplateCase.accepted();
    }

    static List<PathTemplateCase> rejected() {
        return PathTemplateCase.rejected();
    }

    /**
     * Compiles a service with one GET method on the template, with a String parameter per
     * placeholder when {@code bindPlaceholders} (a malformed template's placeholders may repeat a name).
     */
    private static Compilation compileGetOn(String template, boolean bindPlaceholders) {
        StringBuilder parameters = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (bindPlaceholders && placeholder.find()) {
            parameters.append(parameters.length() == 0 ? "" : ", ").append("String ").append(placeholder.group(1));
        }
        return Sources.compile(JavaFileObjects.forSourceLines("test.Svc",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.GET;",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"" + template + "\")",
                "  String a(" + parameters + ");",
                "}"));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void compilesEveryValidTemplate(PathTemplateCase c) {
        assertThat(compileGetOn(c.template(), true)).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void reportsEveryMalformedTemplateSayingWhy(PathTemplateCase c) {
        Compilation compilation = compileGetOn(c.template(), false);

        assertThat(compilation).hadErrorContaining("[kit.malformed-path] path template \"" + c.template()
                + "\" is malformed: " + c.rejection());
    }
}
