package org.socratic.learner;

import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a parameter set on held-out answers: every answer is predicted from the knowledge state before it, each
 * student's sequence on a skill starting from that skill's prior, and the state is then updated with the answer.
 */
final class NextAnswerEvaluation {
    /** The metrics, and the test skills that had no parameters in the set (they were scored with the defaults). */
    record Result(PredictionMetrics metrics, Set<String> unseenSkills) {}

    private NextAnswerEvaluation() {}

    static Result evaluate(BktParameterSet parameters, ResponseLog test) {
        SkillSequences[] skills = SkillSequences.of(test);
        double[] predicted = new double[test.size()];
        boolean[] correct = new boolean[test.size()];
        Set<String> unseen = new TreeSet<>();
        int n = 0;
        for (SkillSequences skill : skills) {
            if (!parameters.skills().containsKey(skill.skill())) unseen.add(skill.skill());
            BktParameters p = parameters.parametersFor(skill.skill());
            int[] starts = skill.starts();
            for (int sequence = 0; sequence < skill.sequences(); sequence++) {
                double known = p.prior();
                for (int at = starts[sequence]; at < starts[sequence + 1]; at++) {
                    boolean ok = skill.correct()[at] == 1;
                    predicted[n] = p.predictCorrect(known);
                    correct[n++] = ok;
                    double weight = skill.weight() == null ? 1 : skill.weight()[at];
                    known = p.update(known, ok, weight);
                }
            }
        }
        return new Result(PredictionMetrics.of(predicted, correct, n), unseen);
    }
}
