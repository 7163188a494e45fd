package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The README's "Your own service" is a new user's first project: its Java files compile together
 * with the processor on the kit's modules, and its pom parts name real artifacts at pinned versions.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path ROOT_POM = Path.of("..", "pom.xml");
    private static final String SECTION = "## Your own service";
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+) -->");

    @TempDir
    static Path work;

    private static List<Snippet> snippets;
    private static List<String> errors;
    private static Path classes;

    /** A marked code block of the README: the file it stands for, and the README line its code starts on. */
    record Snippet(String file, int line, String code) {

        String where() {
            return "README.md:" + line + " (" + file + ")";
        }
    }

    @BeforeAll
    static void compileJavaSnippets() throws IOException {
        snippets = snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
        classes = Files.createDirectories(work.resolve("classes"));
        Path generated = Files.createDirectories(work.resolve("generated"));
        String classPath = System.getProperty("java.class.path");

        List<JavaFileObject> sources = new ArrayList<>();
        for (Snippet snippet : snippets) {
            if (snippet.file().endsWith(".java")) {
                sources.add(new SnippetSource(snippet));
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // As step 1's pom: the processor comes from a processor path, not from the class path.
        javac.getTask(null, null, diagnostics, List.of(
                        "--release", "17",
                        "-classpath", classPath,
                        "-processorpath", classPath,
                        "-d", classes.toString(),
                        "-s", generated.toString()),
                null, sources).call();
        errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(ReadmeTest::describe)
                .toList();
    }

    @Test
    void everyCodeBlockOfYourOwnServiceIsMarked() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(SECTION);
        assertThat(start).as("README section %s", SECTION).isNotNegative();
        boolean inBlock = false;
        for (int i = start + 1; i < lines.size() && (inBlock || !lines.get(i).startsWith("## ")); i++) {
            String line = lines.get(i);
            if (!inBlock && (line.startsWith("```java") || line.startsWith("```xml"))) {
                assertThat(MARKER.matcher(lines.get(i - 1)).matches())
                        .as("README.md:%d: a %s block without a <!-- snippet: path --> line above it, which ReadmeTest checks",
                                i + 1, line.substring(3))
                        .isTrue();
            }
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            }
        }
        assertThat(snippets).extracting(Snippet::file)
                .contains("src/main/java/com/example/profiles/ProfileService.java",
                        "src/main/java/com/example/profiles/ProfileServiceMain.java",
                        "src/test/java/com/example/profiles/ProfileServiceTest.java",
                        "pom.xml");
    }

    @Test
    void javaSnippetsCompileTogetherWithTheProcessor() {
        assertThat(errors).as("errors compiling the README's Java snippets").isEmpty();
        assertThat(classes.resolve("com/example/profiles/ProfileServiceHttpClient.class"))
                .as("a class the processor writes")
                .exists();
    }

    @Test
    void manifestMainClassIsTheSnippetsMain() throws Exception {
        assertThat(errors).as("errors compiling the README's Java snippets").isEmpty();
        List<String> mainClasses = new ArrayList<>();
        for (Snippet pom : pomSnippets()) {
            NodeList names = parse(pom).getElementsByTagName("mainClass");
            for (int i = 0; i < names.getLength(); i++) {
                mainClasses.add(names.item(i).getTextContent().trim());
            }
        }
        assertThat(mainClasses).as("the <mainClass> of the jar plugin in the README's pom").hasSize(1);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(mainClasses.get(0)).getMethod("main", String[].class);
            assertThat(Modifier.isStatic(main.getModifiers())).as("%s is static", main).isTrue();
        }
    }

    @Test
    void pomSnippetsNameReactorArtifactsAndPinEveryVersion() throws Exception {
        Document root = parse(Files.readString(ROOT_POM, StandardCharsets.UTF_8));
        String kitVersion = childText(root.getDocumentElement(), "version");
        Map<String, String> kitArtifacts = new HashMap<>();
        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Document module = parse(Files.readString(
                    ROOT_POM.resolveSibling(modules.item(i).getTextContent().trim()).resolve("pom.xml"),
                    StandardCharsets.UTF_8));
            kitArtifacts.put(childText(module.getDocumentElement(), "artifactId"), kitVersion);
        }
        Map<String, String> pluginVersions = new HashMap<>();
        NodeList managed = root.getElementsByTagName("plugin");
        for (int i = 0; i < managed.getLength(); i++) {
            Element plugin = (Element) managed.item(i);
            pluginVersions.put(childText(plugin, "artifactId"), childText(plugin, "version"));
        }

        List<String> problems = new ArrayList<>();
        List<Snippet> poms = pomSnippets();
        assertThat(poms).as("pom.xml snippets").isNotEmpty();
        for (Snippet pom : poms) {
            Document document;
            try {
                document = parse("<project>" + pom.code() + "</project>");
            } catch (SAXException e) {
                problems.add(pom.where() + ": not well-formed XML: " + e.getMessage());
                continue;
            }
            for (Element plugin : elements(document, "plugin")) {
                String artifact = childText(plugin, "artifactId");
                String version = childText(plugin, "version");
                String expected = pluginVersions.get(artifact);
                if (!isLiteral(version)) {
                    problems.add(pom.where() + ": plugin " + artifact + " has no pinned <version>");
                } else if (expected != null && !expected.equals(version)) {
                    problems.add(pom.where() + ": plugin " + artifact + " " + version + ", the kit builds with " + expected);
                }
            }
            List<Element> artifacts = elements(document, "dependency");
            artifacts.addAll(elements(document, "path"));
            for (Element dependency : artifacts) {
                String group = childText(dependency, "groupId");
                String artifact = childText(dependency, "artifactId");
                String version = childText(dependency, "version");
                if (!isLiteral(version)) {
                    problems.add(pom.where() + ": " + group + ":" + artifact + " has no exact <version>");
                } else if (group.equals("dev.javakit")) {
                    if (!kitArtifacts.containsKey(artifact)) {
                        problems.add(pom.where() + ": dev.javakit:" + artifact + " is no module of the build");
                    } else if (!kitVersion.equals(version)) {
                        problems.add(pom.where() + ": dev.javakit:" + artifact + " " + version + ", the build is " + kitVersion);
                    }
                } else if (!onTestClassPath(artifact, version)) {
                    problems.add(pom.where() + ": " + group + ":" + artifact + ":" + version
                            + " is not the version the kit is built and tested with (not on this test's class path)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void pomSnippetsPinEveryPluginThatPackageRuns() throws Exception {
        List<String> declared = new ArrayList<>();
        for (Snippet pom : pomSnippets()) {
            for (Element plugin : elements(parse("<project>" + pom.code() + "</project>"), "plugin")) {
                declared.add(childText(plugin, "artifactId"));
            }
        }
        // Maven 3.8 falls back to decade-old defaults for any lifecycle plugin left out (resources 2.6, compiler 3.1).
        assertThat(declared).as("plugins the README's pom declares, each with a version")
                .contains("maven-clean-plugin", "maven-resources-plugin", "maven-compiler-plugin",
                        "maven-surefire-plugin", "maven-jar-plugin");
    }

    /** Returns the marked code blocks of {@code lines}: a {@code <!-- snippet: path -->} line, then a fenced block. */
    static List<Snippet> snippets(List<String> lines) {
        List<Snippet> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            int fence = i + 1;
            if (fence >= lines.size() || !lines.get(fence).startsWith("```")) {
                throw new AssertionError("README.md:" + (i + 1) + ": a snippet marker not followed by a ``` block");
            }
            StringBuilder code = new StringBuilder();
            int end = fence + 1;
            for (; end < lines.size() && !lines.get(end).startsWith("```"); end++) {
                code.append(lines.get(end)).append('\n');
            }
            found.add(new Snippet(marker.group(1), fence + 2, code.toString()));
            i = end;
        }
        return found;
    }

    private static List<Snippet> pomSnippets() {
        return snippets.stream().filter(s -> s.file().equals("pom.xml")).toList();
    }

    private static boolean isLiteral(String version) {
        return !version.isEmpty() && !version.contains("${") && !version.contains("[") && !version.contains("(");
    }

    private static boolean onTestClassPath(String artifact, String version) {
        String jar = artifact + "-" + version + ".jar";
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().equals(jar)) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(Snippet pom) throws IOException, SAXException, ParserConfigurationException {
        return parse("<project>" + pom.code() + "</project>");
    }

    private static Document parse(String xml) throws IOException, SAXException, ParserConfigurationException {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document document, String tag) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Returns the trimmed text of {@code parent}'s direct child {@code tag}, or "" when it has none. */
    private static String childText(Element parent, String tag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }

    /**
     * A Java snippet as javac's source, named by its path so that javac checks the public type's
     * file name, with diagnostics located at the README line.
     */
    private static final class SnippetSource extends SimpleJavaFileObject {

        private final Snippet snippet;

        SnippetSource(Snippet snippet) {
            super(URI.create("readme:///" + snippet.file()), Kind.SOURCE);
            this.snippet = snippet;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return snippet.code();
        }

        @Override
        public String toString() {
            return snippet.where();
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() instanceof SnippetSource source
                ? "README.md:" + (source.snippet.line() + diagnostic.getLineNumber() - 1) + " (" + source.snippet.file() + ")"
                : String.valueOf(diagnostic.getSource());
        return where + ": " + diagnostic.getMessage(Locale.ROOT);
    }
}
