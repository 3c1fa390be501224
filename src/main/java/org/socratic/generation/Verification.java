package org.socratic.generation;

import java.util.Optional;

/** The verdict on one model reply: kept as an item, or rejected with the first reason found. */
sealed interface Verification {
    record Kept(VerifiedItem item) implements Verification {}

    /** @param draft what could be read of the reply, when it was readable JSON */
    record Rejected(Rejection rejection, Optional<Draft> draft) implements Verification {}
}
