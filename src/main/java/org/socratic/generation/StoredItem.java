package org.socratic.generation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.socratic.content.Item;
import org.socratic.generation.Computation.Result;

/**
 * A row of {@code generated_items}. A kept row becomes an {@link Item} again by recomputing its answer and wrong
 * answer from the stored computations, so what is served is always what the project computed.
 */
record StoredItem(long id, String skillId, String misconceptionId, String misconception, int grade, long seed,
        boolean kept, Optional<String> reason, String detail, Optional<Draft> draft, Optional<UUID> traceId,
        Instant createdAt) {
    static final String ID_PREFIX = "gen:";

    String itemId() {
        return ID_PREFIX + id;
    }

    Optional<Item> item() {
        if (!kept || draft.isEmpty()) return Optional.empty();
        Draft d = draft.get();
        var stated = Computation.statedIn(d.problem());
        if (Computation.compute("computation", d.computation(), stated) instanceof Result.Value right
                && Computation.compute("common_mistake.computation", d.mistakeComputation(), stated)
                        instanceof Result.Value wrong) {
            VerifiedItem verified = new VerifiedItem(d, ItemVerifier.numberAnswer(right.value(), d.unit()),
                    ItemVerifier.numberAnswer(wrong.value(), d.unit()));
            return Optional.of(verified.toItem(itemId(), skillId, misconceptionId, misconception));
        }
        return Optional.empty();
    }

    /** The numeric id in {@code gen:<id>}, or empty for any other item id. */
    static Optional<Long> parseId(String itemId) {
        if (itemId == null || !itemId.startsWith(ID_PREFIX)) return Optional.empty();
        String digits = itemId.substring(ID_PREFIX.length());
        if (!digits.matches("[0-9]{1,18}")) return Optional.empty();
        return Optional.of(Long.parseLong(digits));
    }
}
