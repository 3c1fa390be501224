package org.socratic.grading;

import java.util.List;

/** What the model's reply turned out to be: a valid grade, or output that cannot be trusted and why. */
sealed interface ProposalReading {
    record Valid(GradeProposal proposal) implements ProposalReading {}

    /** @param problems each reason the output was refused, in the words a teacher reads */
    record Invalid(List<String> problems) implements ProposalReading {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) throw new IllegalArgumentException("an invalid reading needs a reason");
        }
    }
}
