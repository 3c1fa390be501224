package org.socratic.generation;

import java.util.Objects;

/** Why one reply was not kept: the reason (counted) and what exactly failed (for the evaluator reading the row). */
record Rejection(RejectionReason reason, String detail) {
    Rejection {
        Objects.requireNonNull(reason);
        detail = detail == null ? "" : detail;
    }

    static Rejection of(RejectionReason reason, String detail) {
        return new Rejection(reason, detail);
    }
}
