package org.socratic.classroom;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** The outcome of an access check, with its reason. */
public sealed interface AccessDecision {
    record Allowed(String reason) implements AccessDecision {}

    /** Forbidden, and saying so leaks nothing: 403. */
    record Denied(String reason) implements AccessDecision {}

    /** Forbidden, and even the record's existence must not leak: 404. */
    record Hidden() implements AccessDecision {}

    static AccessDecision allowed(String reason) { return new Allowed(reason); }

    static AccessDecision denied(String reason) { return new Denied(reason); }

    static AccessDecision hidden() { return new Hidden(); }

    /** For controllers: returns normally when allowed, else throws the matching HTTP status. */
    default void orThrow() {
        switch (this) {
            case Allowed a -> { }
            case Denied d -> throw new HttpStatusException(HttpStatus.FORBIDDEN, d.reason());
            case Hidden h -> throw new HttpStatusException(HttpStatus.NOT_FOUND, "not found");
        }
    }
}
