package dev.javakit.sd.lb;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets a share of calls be retried, plus a small floor per second, so that retries cannot multiply
 * the load on instances that are already failing, as Finagle's {@code RetryBudget}: a token bucket
 * in which each call deposits {@code ratio} of a token, each retry takes one, and the floor
 * refills {@code minPerSecond} tokens a second. It holds at most ten seconds of the floor (or one
 * token), so a quiet period does not save up a storm.
 */
final class RetryBudget {

    /** Tokens are counted in thousandths, so that a call's share of one needs no floating point. */
    private static final long TOKEN = 1000;

    private final long perCall;
    private final double perNano;
    private final long capacity;
    private final AtomicLong balance;
    private long refilledAt = System.nanoTime();

    RetryBudget(double ratio, double minPerSecond) {
        this.perCall = Math.round(ratio * TOKEN);
        this.perNano = minPerSecond * TOKEN / 1e9;
        this.capacity = Math.max(TOKEN, Math.round(minPerSecond * 10 * TOKEN));
        this.balance = new AtomicLong(capacity);
    }

    /** Records a call, which earns its share of a retry. */
    void deposit() {
        if (perCall > 0) {
            balance.getAndUpdate(tokens -> Math.min(capacity, tokens + perCall));
        }
    }

    /** Takes a token for one retry, or returns {@code false} when the budget is spent. */
    boolean tryWithdraw() {
        refill();
        return balance.getAndUpdate(tokens -> tokens >= TOKEN ? tokens - TOKEN : tokens) >= TOKEN;
    }

    private synchronized void refill() {
        long now = System.nanoTime();
        long earned = (long) ((now - refilledAt) * perNano);
        if (earned > 0) {
            refilledAt = now;
            balance.getAndUpdate(tokens -> Math.min(capacity, tokens + earned));
        }
    }
}
