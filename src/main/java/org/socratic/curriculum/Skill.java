package org.socratic.curriculum;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One skill of the curriculum.
 *
 * @param id            stable slug such as {@code rp.unit-rate}; never renamed once students have practised it
 * @param name          short name shown to teachers and students
 * @param grade         grade where the skill is taught (0 = kindergarten)
 * @param ccss          the Common Core code it corresponds to, such as {@code 6.RP.A.2}
 * @param description   one or two sentences, in the project's own words
 * @param prerequisites ids of the skills to master first (order kept, no duplicates)
 * @param lowStakes     a review skill from an earlier grade: practised as a warm-up or placement check
 */
public record Skill(String id, String name, int grade, String ccss, String description, List<String> prerequisites,
        boolean lowStakes) {
    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Pattern CCSS = Pattern.compile("(K|[0-9]|1[0-2])\\.[A-Z]+(\\.[A-Z])?\\.[0-9]+[a-z]?");

    public Skill {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("skill id '" + id + "' must be a lowercase slug such as rp.unit-rate");
        }
        if (name == null || name.isBlank()) throw new IllegalArgumentException("skill " + id + " has no name");
        if (grade < 0 || grade > 12) throw new IllegalArgumentException("skill " + id + ": grade must be 0..12");
        if (ccss == null || !CCSS.matcher(ccss).matches()) {
            throw new IllegalArgumentException("skill " + id + ": '" + ccss + "' is not a Common Core code like 6.RP.A.2");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("skill " + id + " has no description");
        }
        prerequisites = List.copyOf(prerequisites);
        if (prerequisites.stream().distinct().count() != prerequisites.size()) {
            throw new IllegalArgumentException("skill " + id + " lists a prerequisite twice");
        }
    }

    /** A skill with no prerequisites and a placeholder description, for tests and examples. */
    public static Skill of(String id, int grade, String ccss, String... prerequisites) {
        return new Skill(id, id, grade, ccss, "Skill " + id + ".", List.of(prerequisites), false);
    }
}
