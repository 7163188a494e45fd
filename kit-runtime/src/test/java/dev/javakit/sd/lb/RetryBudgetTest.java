package dev.javakit.sd.lb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    private static int withdrawals(RetryBudget budget, int tries) {
        int granted = 0;
        for (int i = 0; i < tries; i++) {
            if (budget.tryWithdraw()) {
                granted++;
            }
        }
        return granted;
    }

    @Test
    void allowsTheRatioOfCallsOnceTheStartingTokensAreSpent() {
        RetryBudget budget = new RetryBudget(0.2, 0);
        assertThat(withdrawals(budget, 5)).as("the one token it starts with").isEqualTo(1);

        for (int i = 0; i < 100; i++) {
            budget.deposit();
        }

        assertThat(withdrawals(budget, 100)).as("tokens never exceed the capacity of one").isEqualTo(1);
        for (int i = 0; i < 10; i++) {
            budget.deposit();
            budget.deposit();
            budget.deposit();
            budget.deposit();
            budget.deposit();
            assertThat(budget.tryWithdraw()).as("five calls earn one retry").isTrue();
            assertThat(budget.tryWithdraw()).isFalse();
        }
    }

    @Test
    void theFloorRefillsWithTimeUpToTenSecondsOfIt() throws InterruptedException {
        RetryBudget budget = new RetryBudget(0, 100);
        assertThat(withdrawals(budget, 2000)).as("ten seconds of the floor, held from the start").isBetween(1000, 1010);

        Thread.sleep(100);

        assertThat(withdrawals(budget, 100)).as("about ten refilled in a tenth of a second").isBetween(5, 60);
    }
}
