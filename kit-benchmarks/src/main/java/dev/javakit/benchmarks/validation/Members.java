package dev.javakit.benchmarks.validation;

import dev.javakit.annotations.KitService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The service {@link ValidationBenchmark} calls: a constraint on each parameter, and a cascaded record. */
@KitService(transports = {}, clients = false, decorators = false)
public interface Members {

    /** Returns a + b. */
    int sum(@Min(0) int a, @Max(100) int b);

    /** Returns the member's number of tags. */
    int join(@Valid Member member);
}
