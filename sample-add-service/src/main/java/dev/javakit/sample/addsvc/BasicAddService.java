package dev.javakit.sample.addsvc;

import java.nio.charset.StandardCharsets;

/** Go kit's {@code basicService}: stateless, with its rules and limits exactly. */
public final class BasicAddService implements AddService {

    private static final long INT_MAX = Integer.MAX_VALUE;
    private static final long INT_MIN = Integer.MIN_VALUE;
    private static final int MAX_LEN = 10;

    @Override
    public long sum(long a, long b) throws TwoZeroesException, IntOverflowException {
        if (a == 0 && b == 0) {
            throw new TwoZeroesException();
        }
        // Go kit's test, as written: it only looks at the range when b moves a, so a alone may be
        // beyond 32 bits, and a + b never overflows 64.
        if ((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b)) {
            throw new IntOverflowException();
        }
        return a + b;
    }

    @Override
    public String concat(String a, String b) throws MaxSizeExceededException {
        // Go's len counts bytes of UTF-8, not characters.
        if (a.getBytes(StandardCharsets.UTF_8).length + b.getBytes(StandardCharsets.UTF_8).length > MAX_LEN) {
            throw new MaxSizeExceededException();
        }
        return a + b;
    }
}
