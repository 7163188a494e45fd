package dev.javakit.validation;

import dev.javakit.context.Context;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The business logic, recording each call it receives, so that a test sees what got through. */
final class RecordingRegistry implements Registry {

    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public int sum(int a, int b) {
        calls.add("sum");
        return a + b;
    }

    @Override
    public Profile postProfile(Profile profile) {
        calls.add("postProfile");
        return profile;
    }

    @Override
    public BigDecimal scale(BigDecimal price, BigDecimal factor) {
        calls.add("scale");
        return price.multiply(factor);
    }

    @Override
    public void close(Context ctx, long id) {
        calls.add("close " + id);
    }

    @Override
    public String echo(String text) {
        calls.add("echo");
        return text;
    }
}
