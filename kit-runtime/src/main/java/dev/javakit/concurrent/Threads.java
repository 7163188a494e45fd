package dev.javakit.concurrent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads the kit runs calls on: virtual where the JDK has them (21+), named either way. */
public final class Threads {

    private Threads() {
    }

    /**
     * Returns an executor starting a virtual thread per task, named {@code prefix0},
     * {@code prefix1}..., or {@code null} before JDK 21. Looked up rather than called so the kit
     * compiles for Java 17; named because loggers reflect on unnamed threads for every event
     * (Logback does).
     */
    public static ExecutorService virtualPerTask(String prefix) {
        try {
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Object builder = lookup.findStatic(Thread.class, "ofVirtual",
                    MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual"))).invoke();
            builder = lookup.findVirtual(builderType, "name", MethodType.methodType(builderType, String.class, long.class))
                    .invoke(builder, prefix, 0L);
            ThreadFactory factory = (ThreadFactory) lookup.findVirtual(builderType, "factory",
                    MethodType.methodType(ThreadFactory.class)).invoke(builder);
            return (ExecutorService) lookup.findStatic(Executors.class, "newThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class, ThreadFactory.class)).invoke(factory);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (Throwable e) {
            throw new IllegalStateException("creating the virtual-thread executor failed", e);
        }
    }

    /** Returns a factory of daemon platform threads named {@code prefix1}, {@code prefix2}... */
    public static ThreadFactory daemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
