package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BktParametersTest {
    private static final double EXACT = 1e-9;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                                   | prior | learn | guess | slip | forget | p    | correct | weight | expected
        all at 0.1, correct: 0.09/0.18 = 0.5, then learning 0.55  | 0.1   | 0.1   | 0.1   | 0.1  | 0      | 0.1  | true    | 1      | 0.55
        all at 0.1, wrong: 0.01/0.82, then learning              | 0.1   | 0.1   | 0.1   | 0.1  | 0      | 0.1  | false   | 1      | 0.1109756097560976
        forgetting: 0.54/0.64 = 0.84375, then .84375*.95+.15625*.2 | 0.5   | 0.2   | 0.25  | 0.1  | 0.05   | 0.6  | true    | 1      | 0.8328125
        half weight tempers: .5*sqrt(.9) / (.5*sqrt(.9)+.5*sqrt(.2)) | 0.5 | 0     | 0.2   | 0.1  | 0      | 0.5  | true    | 0.5    | 0.6796227589829593
        zero weight leaves the belief, learning still applies    | 0.5   | 0.2   | 0.2   | 0.1  | 0      | 0.3  | false   | 0      | 0.44
        a certain student stays certain without forgetting       | 0.5   | 0.2   | 0.2   | 0.1  | 0      | 1.0  | false   | 1      | 1.0
        """)
    void updateMatchesHandComputedValues(String name, double prior, double learn, double guess, double slip,
            double forget, double p, boolean correct, double weight, double expected) {
        BktParameters params = new BktParameters(prior, learn, guess, slip, forget);
        assertEquals(expected, params.update(p, correct, weight), 1e-9, name);
    }

    @Test
    void predictionMixesTheTwoStates() {
        BktParameters params = BktParameters.of(0.3, 0.1, 0.2, 0.1);
        assertEquals(0.3 * 0.9 + 0.7 * 0.2, params.predictCorrect(0.3), EXACT);
    }

    @Test
    void observeWithoutLearningIsBayesRule() {
        BktParameters params = BktParameters.of(0.4, 0.3, 0.25, 0.15);
        assertEquals(0.4 * 0.85 / (0.4 * 0.85 + 0.6 * 0.25), params.observe(0.4, true, 1), EXACT);
        assertEquals(0.4 * 0.15 / (0.4 * 0.15 + 0.6 * 0.75), params.observe(0.4, false, 1), EXACT);
    }

    @Test
    void theInputIsNotChangedAndTheSameInputGivesTheSameOutput() {
        BktParameters params = BktParameters.of(0.4, 0.3, 0.25, 0.15);
        double before = 0.4;
        double first = params.update(before, true);
        assertEquals(0.4, before);
        assertEquals(first, params.update(before, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        guess and slip adding to 1 is not identifiable | 0.5  | 0.1 | 0.5 | 0.5
        a probability above 1 is refused                | 1.2  | 0.1 | 0.2 | 0.1
        a negative learn rate is refused                | 0.5  | -0.1 | 0.2 | 0.1
        NaN is refused                                  | NaN  | 0.1 | 0.2 | 0.1
        """)
    void invalidParametersAreRefused(String name, double prior, double learn, double guess, double slip) {
        assertThrows(IllegalArgumentException.class, () -> BktParameters.of(prior, learn, guess, slip), name);
    }
}
