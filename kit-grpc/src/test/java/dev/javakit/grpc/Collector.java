package dev.javakit.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Collects what a stream answers, for tests that call streaming methods (health watch, reflection). */
public final class Collector<T> implements StreamObserver<T> {

    private final List<T> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Throwable error;

    @Override
    public void onNext(T value) {
        received.add(value);
    }

    @Override
    public void onError(Throwable t) {
        error = t;
        done.countDown();
    }

    @Override
    public void onCompleted() {
        done.countDown();
    }

    /** Returns what arrived so far. */
    public List<T> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} messages arrived, at most 5 s, and returns them. */
    public List<T> awaitCount(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (received.size() < count && System.nanoTime() < deadline && done.getCount() > 0) {
            Thread.sleep(10);
        }
        assertThat(received).as("messages (error: %s)", error).hasSizeGreaterThanOrEqualTo(count);
        return received();
    }

    /** Waits for the stream to complete, at most 5 s, and returns everything it answered. */
    public List<T> awaitCompleted() throws InterruptedException {
        assertThat(done.await(5, TimeUnit.SECONDS)).as("the stream ended").isTrue();
        assertThat(error).as("the stream's error").isNull();
        return received();
    }
}
