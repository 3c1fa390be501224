package org.socratic.learner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers in the order they were given, stored column by column so that hundreds of thousands of rows stay cheap:
 * who answered, which skill, right or wrong, and how much the answer counts as evidence (its credibility weight).
 */
final class ResponseLog {
    private final List<String> students;
    private final List<String> skills;
    private final int[] student;
    private final int[] skill;
    private final boolean[] correct;
    private final float[] weight;

    private ResponseLog(Builder b) {
        this.students = List.copyOf(b.students);
        this.skills = List.copyOf(b.skills);
        this.student = Arrays.copyOf(b.student, b.size);
        this.skill = Arrays.copyOf(b.skill, b.size);
        this.correct = Arrays.copyOf(b.correct, b.size);
        this.weight = b.weighted ? Arrays.copyOf(b.weight, b.size) : null;
    }

    int size() { return student.length; }

    int studentCount() { return students.size(); }

    int skillCount() { return skills.size(); }

    String skillName(int index) { return skills.get(index); }

    List<String> skillNames() { return skills; }

    String studentName(int index) { return students.get(index); }

    int student(int row) { return student[row]; }

    int skill(int row) { return skill[row]; }

    boolean correct(int row) { return correct[row]; }

    /** 1 for every row unless some answer was given a lower credibility weight. */
    float weight(int row) { return weight == null ? 1f : weight[row]; }

    boolean weighted() { return weight != null; }

    static Builder builder() { return new Builder(); }

    /**
     * Splits the log by student: about {@code fraction} of the students, chosen with the seed, go to the second
     * log with all their answers (held-out sequences), the others to the first. Order is kept in both.
     */
    ResponseLog[] splitByStudent(double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("fraction must be in (0, 1)");
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        boolean[] heldOut = new boolean[students.size()];
        for (int s = 0; s < heldOut.length; s++) heldOut[s] = random.nextDouble() < fraction;
        Builder kept = new Builder();
        Builder held = new Builder();
        for (int row = 0; row < size(); row++) {
            (heldOut[student[row]] ? held : kept).add(students.get(student[row]), skills.get(skill[row]),
                    correct[row], weight(row));
        }
        return new ResponseLog[] {kept.build(), held.build()};
    }

    /** Appends rows in answer order; names are interned to dense indices. */
    static final class Builder {
        private final Map<String, Integer> studentIndex = new HashMap<>();
        private final Map<String, Integer> skillIndex = new HashMap<>();
        private final List<String> students = new ArrayList<>();
        private final List<String> skills = new ArrayList<>();
        private int[] student = new int[1024];
        private int[] skill = new int[1024];
        private boolean[] correct = new boolean[1024];
        private float[] weight = new float[1024];
        private boolean weighted;
        private int size;

        Builder add(String studentName, String skillName, boolean isCorrect) {
            return add(studentName, skillName, isCorrect, 1);
        }

        Builder add(String studentName, String skillName, boolean isCorrect, double credibility) {
            if (!(credibility >= 0 && credibility <= 1)) {
                throw new IllegalArgumentException("credibility weight must be in [0, 1], got " + credibility);
            }
            if (size == student.length) grow();
            student[size] = intern(studentName, studentIndex, students);
            skill[size] = intern(skillName, skillIndex, skills);
            correct[size] = isCorrect;
            weight[size] = (float) credibility;
            if (credibility != 1) weighted = true;
            size++;
            return this;
        }

        int size() { return size; }

        ResponseLog build() { return new ResponseLog(this); }

        private static int intern(String name, Map<String, Integer> index, List<String> names) {
            Integer known = index.get(name);
            if (known != null) return known;
            index.put(name, names.size());
            names.add(name);
            return names.size() - 1;
        }

        private void grow() {
            int capacity = student.length * 2;
            student = Arrays.copyOf(student, capacity);
            skill = Arrays.copyOf(skill, capacity);
            correct = Arrays.copyOf(correct, capacity);
            weight = Arrays.copyOf(weight, capacity);
        }
    }
}
