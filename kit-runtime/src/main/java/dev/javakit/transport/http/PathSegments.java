package dev.javakit.transport.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits paths into segments and percent-decodes them (RFC 3986: {@code +} stays {@code +}). */
final class PathSegments {

    private PathSegments() {
    }

    /**
     * Splits an absolute path after its leading slash, keeping empty segments: {@code /a/} is
     * {@code ["a", ""]}, so a trailing slash is a segment of its own and matches exactly.
     */
    static List<String> split(String path) {
        List<String> segments = new ArrayList<>(8);
        int start = 1;
        for (int i = 1; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                segments.add(path.substring(start, i));
                start = i + 1;
            }
        }
        return segments;
    }

    /** Returns the value of an ASCII hex digit, or -1: Character.digit would also take other scripts' digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Percent-decodes one path segment as UTF-8.
     *
     * @throws IllegalArgumentException if an escape is malformed or the bytes are not UTF-8
     */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int high = i + 2 < segment.length() ? hexDigit(segment.charAt(i + 1)) : -1;
                int low = high >= 0 ? hexDigit(segment.charAt(i + 2)) : -1;
                if (low < 0) {
                    throw new IllegalArgumentException("malformed percent-encoding in path segment");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                int codePoint = segment.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("path segment is not valid UTF-8 once percent-decoded", e);
        }
    }
}
