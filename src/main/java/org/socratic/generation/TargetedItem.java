package org.socratic.generation;

import java.util.Optional;
import java.util.UUID;
import org.socratic.content.Item;

/**
 * What {@link TargetedPractice#targetedItem} found for a misconception: an authored item (no model call), a
 * generated item the checker confirmed, or nothing, with the reason; then the caller draws from the families.
 */
public sealed interface TargetedItem {
    /** The item to serve, when there is one. */
    Optional<Item> item();

    /** An authored family targets the misconception: its item, drawn so that the misconception applies. */
    record Authored(Item authored) implements TargetedItem {
        @Override
        public Optional<Item> item() {
            return Optional.of(authored);
        }
    }

    /** The model wrote an item and the checker confirmed it; it is stored and served as {@code gen:<id>}. */
    record Generated(Item generated, UUID traceId) implements TargetedItem {
        @Override
        public Optional<Item> item() {
            return Optional.of(generated);
        }
    }

    /**
     * No targeted item: the model did not answer (timeout, open circuit, error) or its item was rejected.
     *
     * @param traceId the trace of the model call
     */
    record NotGenerated(String reason, UUID traceId) implements TargetedItem {
        @Override
        public Optional<Item> item() {
            return Optional.empty();
        }
    }
}
