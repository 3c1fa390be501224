package org.socratic.guardrail;

/**
 * One step of the guardrail pipeline. A layer looks at a text (already normalised) with its context and says what it
 * recognised; it decides nothing about actions, which are the policy's. Offline layers are pure and never fail; a
 * layer that does I/O returns {@link LayerResult.Unavailable} instead of throwing, so that a model that is down never
 * blocks the offline verdict.
 */
@FunctionalInterface
public interface GuardrailLayer {
    LayerResult check(Inspection inspection);

    /** The name stored with each verdict ({@code lexicon}, {@code pii}, {@code llama_guard} ...). */
    default String name() {
        return getClass().getSimpleName();
    }

}
