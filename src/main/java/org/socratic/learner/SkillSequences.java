package org.socratic.learner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One skill's answers as flat arrays, sequence after sequence (one sequence per student, in answer order), which is
 * the layout the EM fitter and the evaluator walk: {@code starts[i]} to {@code starts[i + 1]} is sequence i.
 *
 * @param skill   the skill's name
 * @param correct 1 for a correct answer, 0 for a wrong one
 * @param weight  credibility weight per answer, or null when every answer counts fully
 * @param starts  sequence boundaries, length = sequences + 1
 */
record SkillSequences(String skill, byte[] correct, float[] weight, int[] starts) {
    int sequences() { return starts.length - 1; }

    int observations() { return correct.length; }

    int longest() {
        int longest = 0;
        for (int i = 0; i < sequences(); i++) longest = Math.max(longest, starts[i + 1] - starts[i]);
        return longest;
    }

    /** Splits a log into one entry per skill, indexed like the log's skills. */
    static SkillSequences[] of(ResponseLog log) {
        int n = log.size();
        int[] sequenceOfRow = new int[n];
        Map<Long, Integer> sequenceIds = new HashMap<>();
        int[] sequenceSkill = new int[16];
        int[] sequenceLength = new int[16];
        int sequenceCount = 0;
        for (int row = 0; row < n; row++) {
            long key = (long) log.skill(row) * log.studentCount() + log.student(row);
            Integer id = sequenceIds.get(key);
            if (id == null) {
                id = sequenceCount++;
                sequenceIds.put(key, id);
                if (id == sequenceSkill.length) {
                    sequenceSkill = Arrays.copyOf(sequenceSkill, id * 2);
                    sequenceLength = Arrays.copyOf(sequenceLength, id * 2);
                }
                sequenceSkill[id] = log.skill(row);
            }
            sequenceOfRow[row] = id;
            sequenceLength[id]++;
        }
        int skills = log.skillCount();
        int[] rowsPerSkill = new int[skills];
        int[] sequencesPerSkill = new int[skills];
        for (int s = 0; s < sequenceCount; s++) {
            rowsPerSkill[sequenceSkill[s]] += sequenceLength[s];
            sequencesPerSkill[sequenceSkill[s]]++;
        }
        byte[][] correct = new byte[skills][];
        float[][] weight = new float[skills][];
        int[][] starts = new int[skills][];
        int[] filledSequences = new int[skills];
        int[] filledRows = new int[skills];
        for (int k = 0; k < skills; k++) {
            correct[k] = new byte[rowsPerSkill[k]];
            weight[k] = log.weighted() ? new float[rowsPerSkill[k]] : null;
            starts[k] = new int[sequencesPerSkill[k] + 1];
        }
        int[] cursor = new int[sequenceCount]; // next position of each sequence inside its skill's arrays
        for (int s = 0; s < sequenceCount; s++) {
            int k = sequenceSkill[s];
            starts[k][filledSequences[k]++] = filledRows[k];
            cursor[s] = filledRows[k];
            filledRows[k] += sequenceLength[s];
        }
        for (int row = 0; row < n; row++) {
            int s = sequenceOfRow[row];
            int k = sequenceSkill[s];
            int at = cursor[s]++;
            correct[k][at] = (byte) (log.correct(row) ? 1 : 0);
            if (weight[k] != null) weight[k][at] = log.weight(row);
        }
        SkillSequences[] result = new SkillSequences[skills];
        for (int k = 0; k < skills; k++) {
            starts[k][sequencesPerSkill[k]] = rowsPerSkill[k];
            result[k] = new SkillSequences(log.skillName(k), correct[k], weight[k], starts[k]);
        }
        return result;
    }
}
