package org.socratic.grading;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * When a model's grade is trusted ({@code socratic.grading.*} in application.yml; docs/grading.md says why each
 * value is what it is). A grade is queued for the teacher when the model is less confident than
 * {@code minConfidence}, or when the independent signal disagrees with it: a high score ({@code >= highScore} of
 * the maximum) for an explanation less similar to every reference than {@code lowSimilarity}, or a low score
 * ({@code <= lowScore}) for one at least {@code highSimilarity} similar to a reference. Bound when the service
 * starts ({@link Context}), so a value out of range stops the start with its name.
 */
@Context
@ConfigurationProperties("socratic.grading")
public record GradingThresholds(
        @Bindable(defaultValue = MIN_CONFIDENCE) double minConfidence,
        @Bindable(defaultValue = HIGH_SCORE) double highScore,
        @Bindable(defaultValue = LOW_SCORE) double lowScore,
        @Bindable(defaultValue = LOW_SIMILARITY) double lowSimilarity,
        @Bindable(defaultValue = HIGH_SIMILARITY) double highSimilarity) {
    static final String MIN_CONFIDENCE = "0.7";
    static final String HIGH_SCORE = "0.75";
    static final String LOW_SCORE = "0.25";
    static final String LOW_SIMILARITY = "0.82";
    static final String HIGH_SIMILARITY = "0.86";

    public GradingThresholds {
        within("min-confidence", minConfidence);
        within("high-score", highScore);
        within("low-score", lowScore);
        within("low-similarity", lowSimilarity);
        within("high-similarity", highSimilarity);
        if (lowScore >= highScore) {
            throw new IllegalArgumentException("socratic.grading.low-score must be below high-score");
        }
        if (lowSimilarity >= highSimilarity) {
            throw new IllegalArgumentException("socratic.grading.low-similarity must be below high-similarity");
        }
    }

    /** The defaults, for tools that run without the application (calibration) and for tests. */
    static GradingThresholds defaults() {
        return new GradingThresholds(Double.parseDouble(MIN_CONFIDENCE), Double.parseDouble(HIGH_SCORE),
                Double.parseDouble(LOW_SCORE), Double.parseDouble(LOW_SIMILARITY), Double.parseDouble(HIGH_SIMILARITY));
    }

    private static void within(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("socratic.grading." + name + " must be between 0 and 1, got " + value);
        }
    }
}
