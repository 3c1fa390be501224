package org.socratic.guardrail;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * What the pipeline knows about the conversation a text belongs to. Everything is optional: a text scanned from a
 * file has no student, and a student input has no answer to leak. Built with {@link #builder()}.
 *
 * @param answered true once the student has answered the current item or reached its worked solution, which opens
 *                 the answer-leak gate
 * @param termsMet canonical terms the student has met (terminology registry)
 * @param roster   names of the people in the student's classes, recognised as personal information
 */
public record GuardrailContext(Long studentId, UUID sessionId, UUID traceId, Integer grade, String subject,
        String problem, String answer, boolean answered, Set<String> termsMet, Set<String> roster,
        String authoredHint) {
    public GuardrailContext {
        termsMet = termsMet == null ? Set.of() : Set.copyOf(termsMet);
        roster = roster == null ? Set.of() : Set.copyOf(roster);
        if (grade != null && (grade < 0 || grade > 12)) throw new IllegalArgumentException("grade must be K(0)..12");
    }

    public static GuardrailContext empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public OptionalLong student() {
        return studentId == null ? OptionalLong.empty() : OptionalLong.of(studentId);
    }

    public OptionalInt gradeLevel() {
        return grade == null ? OptionalInt.empty() : OptionalInt.of(grade);
    }

    public Optional<String> currentAnswer() {
        return answer == null || answer.isBlank() ? Optional.empty() : Optional.of(answer);
    }

    public String problemText() {
        return problem == null ? "" : problem;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.studentId = studentId;
        b.sessionId = sessionId;
        b.traceId = traceId;
        b.grade = grade;
        b.subject = subject;
        b.problem = problem;
        b.answer = answer;
        b.answered = answered;
        b.termsMet = termsMet;
        b.roster = roster;
        b.authoredHint = authoredHint;
        return b;
    }

    /** Builds a context; unset fields stay empty. */
    public static final class Builder {
        private Long studentId;
        private UUID sessionId;
        private UUID traceId;
        private Integer grade;
        private String subject;
        private String problem;
        private String answer;
        private boolean answered;
        private Set<String> termsMet = Set.of();
        private Set<String> roster = Set.of();
        private String authoredHint;

        private Builder() {}

        public Builder student(long id) { this.studentId = id; return this; }

        public Builder session(UUID id) { this.sessionId = id; return this; }

        public Builder trace(UUID id) { this.traceId = id; return this; }

        public Builder grade(Integer grade) { this.grade = grade; return this; }

        public Builder subject(String subject) { this.subject = subject; return this; }

        public Builder problem(String problem) { this.problem = problem; return this; }

        public Builder answer(String answer) { this.answer = answer; return this; }

        public Builder answered(boolean answered) { this.answered = answered; return this; }

        public Builder termsMet(Set<String> terms) { this.termsMet = terms; return this; }

        public Builder roster(Set<String> names) { this.roster = names; return this; }

        public Builder authoredHint(String hint) { this.authoredHint = hint; return this; }

        public GuardrailContext build() {
            return new GuardrailContext(studentId, sessionId, traceId, grade, subject, problem, answer, answered,
                    termsMet, roster, authoredHint);
        }
    }
}
