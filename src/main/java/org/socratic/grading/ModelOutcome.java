package org.socratic.grading;

import java.util.List;

/** What came back from the grading model. */
sealed interface ModelOutcome {
    /** A reply that passed every check. */
    record Proposed(GradeProposal proposal) implements ModelOutcome {}

    /** A reply that failed a check: treated like no confidence at all. */
    record Unreadable(List<String> problems) implements ModelOutcome {
        public Unreadable {
            problems = List.copyOf(problems);
        }
    }

    /** No reply: timeout, open circuit, provider error. */
    record Unavailable(String detail) implements ModelOutcome {}
}
