package org.socratic.generation;

import java.util.List;
import java.util.Optional;

/** Where generation attempts are recorded and kept items are found again: the database, or a fake in tests. */
interface GeneratedItemStore {
    /**
     * Records the attempt's trace and, when the model answered, the item as kept or rejected, in one transaction.
     *
     * @return the stored item, when one was stored
     */
    Optional<StoredItem> record(GenerationAttempt attempt);

    Optional<StoredItem> find(long id);

    /** The newest items first, optionally of one skill. */
    List<StoredItem> recent(Optional<String> skillId, int limit);

    RejectionStats stats();
}
