package dev.javakit.processor.writer.apidoc;

import dev.javakit.processor.model.ServiceModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the API descriptions of a service go in the jar, and what both say of it. */
final class ApiDocuments {

    /** The folder of every description, which the runtime's {@code ApiDocuments} reads. */
    private static final String FOLDER = "META-INF/javakit/";

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s+([^{}]*)}");

    private ApiDocuments() {
    }

    /**
     * Returns the resource name of a description, such as {@code META-INF/javakit/a.b.Svc.openapi.json}:
     * the interface's binary name, so that the runtime finds it from the interface's {@code Class}.
     */
    static String resourceName(ServiceModel service, String kind) {
        return FOLDER + service.serviceType().reflectionName() + "." + kind + ".json";
    }

    /**
     * Returns the document's {@code info}: the service's name as title; the interface carries no
     * version, so the version says so rather than invent one.
     */
    static Map<String, Object> info(ServiceModel service) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", service.serviceName());
        info.put("version", "unversioned");
        return info;
    }

    /**
     * Returns Javadoc text as plain text: inline tags such as {@code {@code x}} as their text, and
     * HTML entities as their characters, since API tools show descriptions as Markdown or plain text.
     */
    static String plain(String javadoc) {
        String text = INLINE_TAG.matcher(javadoc).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
