package org.socratic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socratic.content.Answer.Form;
import org.socratic.content.Answer.Relation;
import org.socratic.content.Answer.Style;

class AnswerCheckerTest {
    static Answer.Number decimal(String value, String unit) {
        return new Answer.Number(Rational.of(new java.math.BigDecimal(value)), Style.DECIMAL, unit, 0, "x");
    }

    static Answer.Number fraction(long n, long d) {
        return new Answer.Number(Rational.of(n, d), Style.FRACTION, "", 0, "x");
    }

    static String kind(Verdict v) {
        return switch (v) {
            case Verdict.Correct c -> "correct";
            case Verdict.Incorrect i -> "incorrect";
            case Verdict.Malformed m -> "malformed";
        };
    }

    @ParameterizedTest(name = "{0}: 2000 answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            thousands separator        | 2,000      | correct
            trailing decimal zero      | 2000.0     | correct
            scientific e notation      | 2e3        | correct
            times ten to the power     | 2 x 10^3   | correct
            unicode times sign         | 2 × 10³    | correct
            leading plus sign          | +2000      | correct
            solved for the unknown     | x = 2000   | correct
            unknown on the right       | 2000 = x   | correct
            off by one                 | 2001       | incorrect
            a different magnitude      | 200        | incorrect
            comma used as a decimal    | 2,00       | malformed
            a word                     | two thousand | malformed
            empty                      | ''         | malformed
            an unworked sum            | 1000 + 1000 | malformed
            an expression with a letter | 2000x     | malformed
            an inequality              | x > 2000   | malformed
            another unknown            | y = 2000   | malformed
            """)
    void wholeNumbersAreReadInEveryUsualNotation(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(decimal("2000", ""), typed)), why);
    }

    @ParameterizedTest(name = "{0}: 3/4 answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the fraction itself          | 3/4     | correct
            the terminating decimal      | 0.75    | correct
            no leading zero              | .75     | correct
            an unsimplified fraction     | 6/8     | correct
            spaces around the bar        | 3 / 4   | correct
            a fraction of decimals       | 1.5/2   | correct
            unicode vulgar fraction      | ¾       | correct
            the reciprocal               | 4/3     | incorrect
            a rounded decimal            | 0.7     | incorrect
            divided by zero              | 3/0     | malformed
            """)
    void fractionsAreAcceptedInAnyEquivalentForm(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(fraction(3, 4), typed)), why);
    }

    @ParameterizedTest(name = "{0}: 3/2 answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            an improper fraction        | 3/2     | correct
            a mixed number              | 1 1/2   | correct
            a mixed number with unicode | 1½      | correct
            a decimal                   | 1.5     | correct
            an equivalent improper one  | 9/6     | correct
            a wrong mixed number        | 1 2/3   | incorrect
            whole part dropped          | 1/2     | incorrect
            """)
    void mixedNumbersAndImproperFractionsAreTheSame(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(fraction(3, 2), typed)), why);
    }

    @ParameterizedTest(name = "{0}: -2 1/2 answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            negative mixed number        | -2 1/2   | correct
            unicode minus                | −2 1/2   | correct
            negative improper fraction   | -5/2     | correct
            bracketed negative           | (-2.5)   | correct
            sign forgotten               | 2 1/2    | incorrect
            """)
    void negativeMixedNumbersNegateTheWholeNumber(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(fraction(-5, 2), typed)), why);
    }

    @ParameterizedTest(name = "{0}: 12 cm answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the same abbreviation        | 12 cm           | correct
            no space                     | 12cm            | correct
            the unit spelled out         | 12 centimeters  | correct
            British spelling             | 12 centimetres  | correct
            number only                  | 12              | correct
            a unit of mass               | 12 kg           | incorrect
            another unit of length       | 12 m            | incorrect
            """)
    void unitsMustMatchWhenGiven(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(decimal("12", "cm"), typed)), why);
    }

    @ParameterizedTest(name = "{0}: $4.50 per pound answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            dollar sign                | $4.50           | correct
            dollar sign and rate       | $4.50/lb        | correct
            words                      | 4.5 dollars per pound | correct
            one decimal place          | 4.5             | correct
            cents digit wrong          | 4.05            | incorrect
            """)
    void moneyAndRatesAreRead(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(decimal("4.5", "$/lb"), typed)), why);
    }

    @ParameterizedTest(name = "{0}: 25% answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            with the percent sign      | 25%        | correct
            in words                   | 25 percent | correct
            number only                | 25         | correct
            the decimal instead        | 0.25       | incorrect
            """)
    void percentagesAreRead(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(decimal("25", "%"), typed)), why);
    }

    @ParameterizedTest(name = "{0}: 6x + 8 answered as \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the same expression          | 6x + 8          | correct
            terms swapped                | 8 + 6x          | correct
            explicit multiplication      | 6*x + 8         | correct
            factored form                | 2(3x + 4)       | correct
            split like terms             | 4x + 2x + 8     | correct
            unicode times                | 6·x + 8         | correct
            coefficient after letter     | x6 + 8          | correct
            sign error                   | 6x - 8          | incorrect
            distributed to first term only | 6x + 4        | incorrect
            a different letter           | 6y + 8          | incorrect
            unclosed bracket             | 2(3x + 4        | malformed
            dangling operator            | 6x +            | malformed
            an equation                  | y = 6x + 8      | malformed
            a stray symbol               | 6x # 8          | malformed
            """)
    void expressionsAreEqualUpToAlgebra(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(new Answer.Expression("6x + 8", Form.ANY), typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" for x^2 - 9 is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            product of brackets           | (x - 3)(x + 3)   | correct
            powers with caret             | x^2 - 9          | correct
            superscript two               | x² - 9           | correct
            repeated product              | x*x - 9          | correct
            missing square                | 2x - 9           | incorrect
            """)
    void nonLinearExpressionsAreComparedToo(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(new Answer.Expression("x^2 - 9", Form.ANY), typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{2}\" with form {1} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            expanded wanted and given       | EXPANDED | 6x + 8      | correct
            expanded wanted, factored given | EXPANDED | 2(3x + 4)   | incorrect
            factored wanted and given       | FACTORED | 2(3x + 4)   | correct
            factored with letter after      | FACTORED | (3x + 4)2   | correct
            factored wanted, expanded given | FACTORED | 6x + 8      | incorrect
            combined wanted and given       | COMBINED | 6x + 8      | correct
            combined wanted, split terms    | COMBINED | 4x + 2x + 8 | incorrect
            combined wanted, two constants  | COMBINED | 6x + 5 + 3  | incorrect
            """)
    void requiredFormsAreEnforcedOnEquivalentAnswers(String why, Form form, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(new Answer.Expression("6x + 8", form), typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" for y = 3x + 2 is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the same equation           | y = 3x + 2       | correct
            sides swapped               | 3x + 2 = y       | correct
            rearranged                  | y - 3x = 2       | correct
            scaled                      | 2y = 6x + 4      | correct
            wrong intercept             | y = 3x - 2       | incorrect
            wrong slope                 | y = 2x + 3       | incorrect
            no equals sign              | 3x + 2           | malformed
            two equals signs            | y = 3x = 2       | malformed
            """)
    void equationsAreEqualWhenTheyHaveTheSameSolutions(String why, String typed, String expected) {
        assertEquals(expected, kind(AnswerChecker.check(new Answer.Equation("y = 3x + 2"), typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" for x >= 5 is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the same inequality         | x >= 5   | correct
            unicode sign                | x ≥ 5    | correct
            written from the other side | 5 <= x   | correct
            as a fraction               | x >= 10/2 | correct
            strict instead of inclusive | x > 5    | incorrect
            reversed sign               | x <= 5   | incorrect
            wrong bound                 | x >= 6   | incorrect
            an equation                 | x = 5    | malformed
            letter not alone            | 2x >= 10 | malformed
            """)
    void inequalitiesCompareDirectionAndBound(String why, String typed, String expected) {
        var answer = new Answer.Inequality("x", Relation.GREATER_OR_EQUAL, Rational.of(5));
        assertEquals(expected, kind(AnswerChecker.check(answer, typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" for (3, -2) is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ordered pair                | (3, -2)          | correct
            no brackets                 | 3, -2            | correct
            labelled                    | x = 3, y = -2    | correct
            labelled in the other order | y = -2, x = 3    | correct
            coordinates swapped         | (-2, 3)          | incorrect
            one coordinate only         | (3)              | malformed
            """)
    void pointsAreOrderedPairs(String why, String typed, String expected) {
        var answer = new Answer.Point(List.of(Rational.of(3), Rational.of(-2)), List.of("x", "y"));
        assertEquals(expected, kind(AnswerChecker.check(answer, typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" for 3 : 4 is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            colon                  | 3:4      | correct
            words                  | 3 to 4   | correct
            fraction bar           | 3/4      | correct
            equivalent ratio       | 6 : 8    | correct
            reversed order         | 4 : 3    | incorrect
            one number             | 3        | malformed
            """)
    void ratiosAcceptEquivalentRatios(String why, String typed, String expected) {
        var answer = new Answer.Ratio(Rational.of(3), Rational.of(4));
        assertEquals(expected, kind(AnswerChecker.check(answer, typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            exact option            | infinitely many   | correct
            an alias                | Infinite.         | correct
            another option          | one               | incorrect
            not an option           | maybe             | malformed
            """)
    void choicesAcceptTheirSpellings(String why, String typed, String expected) {
        var answer = new Answer.Choice("infinitely many",
                List.of(List.of("one"), List.of("none", "no solution"), List.of("infinitely many", "infinite")));
        assertEquals(expected, kind(AnswerChecker.check(answer, typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" for 3.2 x 10^5 is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            times sign               | 3.2 x 10^5   | correct
            asterisk                 | 3.2*10^5     | correct
            e notation               | 3.2e5        | correct
            standard form            | 320000       | incorrect
            mantissa too large       | 32 x 10^4    | incorrect
            wrong exponent           | 3.2 x 10^4   | incorrect
            """)
    void scientificNotationIsRequiredWhenAsked(String why, String typed, String expected) {
        var answer = new Answer.Number(Rational.of(320000), Style.SCIENTIFIC, "", 0, "");
        assertEquals(expected, kind(AnswerChecker.check(answer, typed)), why);
    }

    @ParameterizedTest(name = "{0}: 7/4 written as \"{2}\" when the item asks for {1} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            improper asked, improper given     | IMPROPER     | 7/4     | correct
            improper asked, mixed given        | IMPROPER     | 1 3/4   | incorrect
            mixed asked, mixed given           | MIXED        | 1 3/4   | correct
            mixed asked, improper given        | MIXED        | 7/4     | incorrect
            lowest terms asked and given       | LOWEST_TERMS | 7/4     | correct
            lowest terms asked, 14/8 given     | LOWEST_TERMS | 14/8    | incorrect
            lowest terms asked, decimal given  | LOWEST_TERMS | 1.75    | incorrect
            decimal asked and given            | DECIMAL      | 1.75    | correct
            decimal asked, fraction given      | DECIMAL      | 7/4     | incorrect
            any form, decimal given            | ANY          | 1.75    | correct
            """)
    void conversionItemsInsistOnTheAskedForm(String why, Answer.Written written, String typed, String expected) {
        var answer = new Answer.Number(Rational.of(7, 4), Style.FRACTION, "", 0, "", written);
        assertEquals(expected, kind(AnswerChecker.check(answer, typed)), why);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" for 4(3x + 2) is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the greatest common factor out  | 4(3x + 2)   | correct
            a smaller common factor out     | 2(6x + 4)   | incorrect
            not factored                    | 12x + 8     | incorrect
            """)
    void factoringMustTakeOutTheGreatestCommonFactor(String why, String typed, String expected) {
        var answer = new Answer.Expression("4(3x + 2)", Form.FACTORED);
        assertEquals(expected, kind(AnswerChecker.check(answer, typed)), why);
    }

    @org.junit.jupiter.api.Test
    void aCloseDecimalForARepeatingFractionIsToldToUseAFraction() {
        Verdict v = AnswerChecker.check(fraction(1, 3), "0.33");
        assertInstanceOf(Verdict.Incorrect.class, v);
        assertTrue(((Verdict.Incorrect) v).feedback().contains("fraction"));
    }

    @org.junit.jupiter.api.Test
    void aWrongUnitSaysWhichUnitIsWanted() {
        Verdict v = AnswerChecker.check(decimal("12", "cm"), "12 kg");
        assertEquals("The question asks for the answer in cm; your answer is in kg.", ((Verdict.Incorrect) v).feedback());
    }

    @org.junit.jupiter.api.Test
    void anUnsimplifiedFractionIsRightWithANote() {
        Verdict v = AnswerChecker.check(fraction(3, 4), "6/8");
        assertEquals("In lowest terms that is 3/4.", ((Verdict.Correct) v).note());
    }

    @org.junit.jupiter.api.Test
    void garbageNeverThrows() {
        for (String typed : List.of("((((", "))", "1/", "/2", "x=", "=", "$", "-", "1e99999", "10^99999", "∞", "NaN",
                "3..4", "1 1/0", "(3, )", ":", "x >", "< 5", "\u0000", "😀", "sqrt(", "2^^3", "1,2,3,4")) {
            for (Answer a : List.<Answer>of(decimal("1", "cm"), fraction(1, 2),
                    new Answer.Expression("x + 1", Form.ANY), new Answer.Equation("y = x"),
                    new Answer.Inequality("x", Relation.LESS, Rational.ONE),
                    new Answer.Point(List.of(Rational.ONE, Rational.ONE), List.of("x", "y")),
                    new Answer.Ratio(Rational.ONE, Rational.of(2)))) {
                Verdict v = AnswerChecker.check(a, typed);
                if (v instanceof Verdict.Malformed m) assertTrue(!m.message().isBlank());
            }
        }
    }
}
