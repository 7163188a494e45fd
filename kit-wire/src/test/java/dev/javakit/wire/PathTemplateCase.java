package dev.javakit.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code path-templates.tsv}: a template, and whether the grammar accepts it or the
 * words its rejection must contain. Shipped in kit-wire's test jar for the processor's and the
 * router's tests.
 *
 * @param template the template as written
 * @param rejection null when the template is valid, else what the error message must contain
 */
public record PathTemplateCase(String template, String rejection) {

    /** Returns whether the grammar accepts the template. */
    public boolean valid() {
        return rejection == null;
    }

    @Override
    public String toString() {
        return "\"" + template + "\" " + (valid() ? "ok" : "rejected: " + rejection);
    }

    /** Returns every case of the table, in order. */
    public static List<PathTemplateCase> all() {
        try (InputStream in = PathTemplateCase.class.getResourceAsStream("path-templates.tsv")) {
            if (in == null) {
                throw new IllegalStateException("path-templates.tsv is missing from the class path");
            }
            List<PathTemplateCase> cases = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("no tab in path-templates.tsv line: " + line);
                }
                String expected = line.substring(tab + 1);
                cases.add(new PathTemplateCase(line.substring(0, tab), expected.equals("ok") ? null : expected));
            }
            return List.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the cases the grammar accepts. */
    public static List<PathTemplateCase> accepted() {
        return all().stream().filter(PathTemplateCase::valid).toList();
    }

    /** Returns the cases the grammar rejects. */
    public static List<PathTemplateCase> rejected() {
        return all().stream().filter(c -> !c.valid()).toList();
    }
}
