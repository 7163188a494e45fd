package dev.javakit.transport.http;

import io.netty.util.AsciiString;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header every response carries (RFC 9110, section 6.6.1), formatted once per
 * second rather than once per response.
 */
final class HttpDate {

    private record Cached(long second, AsciiString text) {
    }

    /** RFC 1123's formatter in java.time writes one-digit days; IMF-fixdate wants two. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private static volatile Cached cached = new Cached(-1, AsciiString.EMPTY_STRING);

    private HttpDate() {
    }

    /** Returns the current time as an IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT}, encoded once per second. */
    static AsciiString now() {
        long second = System.currentTimeMillis() / 1000;
        Cached current = cached;
        if (current.second() != second) {
            current = new Cached(second, AsciiString.of(IMF_FIXDATE.format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC))));
            cached = current;
        }
        return current.text();
    }
}
