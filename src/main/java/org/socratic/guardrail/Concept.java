package org.socratic.guardrail;

import java.util.List;

/** One concept of the terminology registry: its canonical term, what it means and the synonyms to avoid. */
public record Concept(String id, String subject, int gradeFrom, int gradeTo, String term, String definition,
        List<String> avoid) {
    public Concept {
        if (id == null || subject == null || term == null || definition == null || avoid == null) {
            throw new IllegalArgumentException("a concept has an id, subject, term, definition and synonyms");
        }
        if (gradeFrom > gradeTo) throw new IllegalArgumentException("grade band " + gradeFrom + ".." + gradeTo);
        avoid = List.copyOf(avoid);
    }

    public boolean covers(String subject, int grade) {
        return this.subject.equalsIgnoreCase(subject) && grade >= gradeFrom && grade <= gradeTo;
    }
}
