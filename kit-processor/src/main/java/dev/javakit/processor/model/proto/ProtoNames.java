package dev.javakit.processor.model.proto;

import java.util.Locale;

/**
 * Names in a .proto file after protobuf's style guide: messages, services and rpcs in PascalCase,
 * fields in snake_case, enum values in UPPER_SNAKE_CASE prefixed with their enum's name.
 */
public final class ProtoNames {

    private ProtoNames() {
    }

    /** Returns a message, enum, service or rpc name: {@code addGreeting} as {@code AddGreeting}, {@code Types.Page_Node} as {@code Types_Page_Node}. */
    public static String pascal(String javaName) {
        String name = identifier(javaName.replace('.', '_'));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Returns a field name: {@code requestId} as {@code request_id}, {@code URLPath} as {@code url_path}. */
    public static String snake(String javaName) {
        String name = identifier(javaName);
        StringBuilder snake = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart = Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
                    || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1)));
            if (wordStart && snake.charAt(snake.length() - 1) != '_') {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }

    /** Returns an enum value: the enum's name and the constant's, {@code Color} and {@code DARK_RED} as {@code COLOR_DARK_RED}. */
    public static String enumValue(String enumName, String constant) {
        return (snake(pascal(enumName)) + "_" + snake(constant)).toUpperCase(Locale.ROOT);
    }

    /** Returns a package name: each segment of the Java package as an identifier. */
    public static String packageName(String javaPackage) {
        StringBuilder name = new StringBuilder();
        for (String segment : javaPackage.split("\\.")) {
            name.append(name.isEmpty() ? "" : ".").append(identifier(segment));
        }
        return name.toString();
    }

    /**
     * Returns {@code name} as an identifier .proto files accept, ASCII letters, digits and underscores
     * starting with a letter: Java names may hold any Unicode letter (written as {@code uXXXX}), JSON
     * names any character, and both may start with {@code _} or {@code $}.
     */
    private static String identifier(String name) {
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                ascii.append(c);
            } else {
                ascii.append(String.format(Locale.ROOT, "u%04X", (int) c));
            }
        }
        if (ascii.isEmpty() || !Character.isLetter(ascii.charAt(0))) {
            ascii.insert(0, 'x');
        }
        return ascii.toString();
    }
}
