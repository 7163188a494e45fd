package dev.javakit.processor.model;

import java.util.Set;
import javax.lang.model.SourceVersion;

/** Derives generated names from service and method names. */
public final class Names {

    /** Component names records forbid, because they would clash with Object's methods. */
    private static final Set<String> RECORD_RESERVED =
            Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private Names() {
    }

    /** Returns {@code name} with its first letter upper case: {@code getProfile} to {@code GetProfile}. */
    public static String capitalize(String name) {
        int first = name.codePointAt(0);
        return new StringBuilder(name.length())
                .appendCodePoint(Character.toUpperCase(first))
                .append(name, Character.charCount(first), name.length())
                .toString();
    }

    /** Returns a constant name: {@code getProfile} to {@code GET_PROFILE}, {@code getHTTPStatus} to {@code GET_HTTP_STATUS}. */
    public static String constantName(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && out.charAt(out.length() - 1) != '_') {
                char previous = name.charAt(i - 1);
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    out.append('_');
                }
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** Returns whether {@code name} can name a variable or record component. */
    public static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !name.equals("_");
    }

    /** Returns whether records forbid {@code name} as a component name. */
    public static boolean isRecordReserved(String name) {
        return RECORD_RESERVED.contains(name);
    }
}
