package org.socratic.llm;

import java.time.Duration;

/**
 * How one provider is protected. An Ollama host serves few requests at once, hence a small bulkhead; the circuit
 * opens when half of the recent calls failed, and lets a couple of trial calls through after a pause.
 */
public record GuardSettings(int maxConcurrentCalls, Duration maxWaitForSlot, int failureRatePercent,
                            int slidingWindowCalls, Duration openStateWait, Duration firstRetryDelay) {
    public GuardSettings {
        if (maxConcurrentCalls < 1) throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
        if (failureRatePercent < 1 || failureRatePercent > 100) throw new IllegalArgumentException("failureRatePercent 1..100");
        if (slidingWindowCalls < 2) throw new IllegalArgumentException("slidingWindowCalls must be at least 2");
    }

    public static GuardSettings defaults() {
        return new GuardSettings(4, Duration.ofMillis(500), 50, 10, Duration.ofSeconds(30), Duration.ofMillis(200));
    }
}
