package org.socratic.agent;

/** What an agent does when its model does not answer in time. */
public enum Fallback {
    /** The tutor shows the item's authored hint ladder, marked as such. */
    AUTHORED_HINTS("authored-hints"),
    /** The grader stores the answer and queues it for the teacher. */
    TEACHER_QUEUE("teacher-queue"),
    /** The diagnostic and curriculum agents use their rule-based algorithm alone. */
    RULES("rules");

    private final String id;

    Fallback(String id) { this.id = id; }

    public String id() { return id; }

    static Fallback parse(String value) {
        for (Fallback f : values()) {
            if (f.id.equals(value)) return f;
        }
        return null;
    }
}
