package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextAnswerEvaluationTest {
    @Test
    void eachAnswerIsPredictedFromTheStateBeforeIt() {
        BktParameters p = BktParameters.of(0.1, 0.1, 0.1, 0.1);
        BktParameterSet set = new BktParameterSet(0, Instant.EPOCH, "t", 0, false,
                Map.of("k", new SkillFit("k", p, 10, 2, false, 0)));
        ResponseLog log = ResponseLog.builder().add("a", "k", true).add("a", "k", false).add("b", "k", true).build();
        NextAnswerEvaluation.Result result = NextAnswerEvaluation.evaluate(set, log);
        // a: first answer from the prior 0.1 -> 0.18; then from 0.55 -> 0.55*0.9+0.45*0.1 = 0.54; b: from the prior
        double first = 0.18;
        double second = 0.54;
        double third = 0.18;
        double rmse = Math.sqrt((Math.pow(1 - first, 2) + Math.pow(second, 2) + Math.pow(1 - third, 2)) / 3);
        assertEquals(rmse, result.metrics().rmse(), 1e-12);
        assertEquals(0.0, result.metrics().auc(), 1e-12); // the wrong answer got the highest score
        assertEquals(Set.of(), result.unseenSkills());
    }

    @Test
    void aSkillWithoutParametersIsScoredWithTheDefaultsAndReported() {
        ResponseLog log = ResponseLog.builder().add("a", "new", true).build();
        NextAnswerEvaluation.Result result = NextAnswerEvaluation.evaluate(BktParameterSet.defaultsOnly(), log);
        assertEquals(Set.of("new"), result.unseenSkills());
        assertEquals(1 - BktParameters.DEFAULTS.predictCorrect(0.1), result.metrics().rmse(), 1e-12);
    }
}
