package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerLeakGateTest {
    private static boolean leak(String output, String problem, String answer) {
        GuardrailContext ctx = GuardrailContext.builder().problem(problem).answer(answer).build();
        return TestGuardrails.offline().checkOutput(output, ctx).leak();
    }

    @ParameterizedTest(name = "leak: ''{0}'' gives away {2}")
    @CsvSource(delimiter = '|', value = {
        "So the total is 2000. | What is 1000 + 1000? | 2000",
        "That makes 2,000 in all. | What is 1000 + 1000? | 2000",
        "You get two thousand. | What is 1000 + 1000? | 2000",
        "Think: 2k is the result. | What is 1000 + 1000? | 2000",
        "It is 2 × 10^3. | What is 1000 + 1000? | 2000",
        "So x = 5. | Solve 2x + 3 = 13. | 5",
        "5 is the answer! | Solve 2x + 3 = 13. | x = 5",
        "x equals five. | Solve 2x + 3 = 13. | x = 5",
        "Check it: 2(5) + 3 = 13, so the answer is 5. | Solve 2x + 3 = 13. | 5",
        "That's 6/8 of the pizza. | What is 1/2 + 1/4? | 3/4",
        "You should get 0.75. | What is 1/2 + 1/4? | 3/4",
        "It comes to 75%. | What is 1/2 + 1/4? | 3/4",
        "three quarters, right there | What is 1/2 + 1/4? | 3/4",
        "You end up with 3/4 | What is 0.5 + 0.25 as a fraction? | 0.75",
        "That's half a dozen. | What is 2 × 3? | 6",
        "She walks 12km. | How far does she walk in 3 hours at 4 km/h? | 12",
        "The answer is 4. | What is 8 ÷ 2? The numbers are 8, 2 and 4 cm. | 4",
        "The process is called apoptosis. | What is programmed cell death called? | apoptosis",
        "It's a p o p t o s i s | What is programmed cell death called? | apoptosis",
        "The war ended in 1945. | In which year did World War II end? | 1945",
        "So the percent is 75. | Write 3/4 as a percent. | 75%",
        "Three quarters is 0.75 as a decimal. | Write 3/4 as a decimal. | 0.75",
        "Think of how many days are in a week. | What is 21 ÷ 3? | 7",
        "It's the integer between 11 and 13. | What is 3 × 4? | 12",
        "We have 4 and 8, so the mean is 6. | Find the mean of 4 and 8. | 6",
        "Write it like this: s i x. | What is 2 × 3? | 6",
        "Is it oxygen or carbon dioxide? No wait, it's carbon dioxide. | Which gas do plants take in? | carbon dioxide",
        "The gas is carbon dioxide, or CO2. | Which gas do plants take in? | carbon dioxide",
        "So the gas is carbon dioxide, or can you see why? | Which gas do plants take in? | carbon dioxide",
        "Plants take in carbon dioxide, or do you think it is oxygen? | Which gas do plants take in? | carbon dioxide",
        "You got it, carbon dioxide or CO2, right? | Which gas do plants take in? | carbon dioxide",
        "Is it carbon dioxide or not? | Which gas do plants take in? | carbon dioxide",
        "It's spelled p-h-o-t-o-s-y-n-t-h-e-s-i-s. | How do plants make food from light? | photosynthesis",
        "Her name was M a r i e  C u r i e. | Who discovered radium? | Marie Curie",
        "So 3/12 is your fraction. | What percent is 9 out of 36? | 25%",
        "It was signed in seventeen seventy-six, in Philadelphia. | In what year was the Declaration signed? | 1776",
        "There are 10³ grams in a kilogram. | How many grams are in a kilogram? | 1000",
        "It comes to 3.6 × 10³ seconds. | How many seconds are in one hour? | 3600",
        "You'll have a dozen and a half pencils. | Each pack has 6 pencils. How many pencils are in 3 packs? | 18",
        "The trip takes one and a half hours. | A train travels 90 km at 60 km/h. How long does it take? | 1.5",
        "So the cyclist averages 18 km per hour. | A cyclist rides 54 km in 3 hours. What is her speed? | 18 km/h",
        "Multiply them and you reach 35 square metres. | A room is 7 m by 5 m. What is its area? | 35 m²",
        "Use exactly one cup of sugar for the half batch. | A full batch needs 2 cups of sugar. How much for half? | 1 cup",
        "It rounds to 7.3 thousand. | Round 7,284 to the nearest hundred. | 7300",
        "The population is 2.5 million. | What is 5,000,000 ÷ 2? | 2500000",
        "Dividing gives 0.8333... so write it as a fraction now. | What is 5 ÷ 6 as a fraction? | 5/6",
        "You get 0.4545 repeating. | What is 5 ÷ 11 as a fraction? | 5/11",
        "Heads or tails is a fifty-fifty chance. | What is the probability a fair coin lands heads? | 1/2",
        "He wrote most of the Declaration, so the name is Jefferson. | Who wrote the Declaration of Independence? | Thomas Jefferson",
        "Leaves take in CO2 and give out oxygen. | Which gas do leaves take in? | carbon dioxide",
        "Remember ice melts into H2O. | What compound is ice made of? | water",
        "Altogether you get three and one-half cups. | Add 1 3/4 cups and 1 3/4 cups. | 3 1/2",
        "So the sum is five and two thirds. | What is 2 1/3 + 3 1/3? | 5 2/3",
        "That leaves three-fourths of the pizza. | Ana eats 1/4 of a pizza. What fraction is left? | 3/4",
    })
    void leaks(String output, String problem, String answer) {
        assertTrue(leak(output, problem, answer));
    }

    @ParameterizedTest(name = "no leak: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "What is 1000 + 1000? Try adding the thousands. | What is 1000 + 1000? | 2000",
        "What is 10 times 7? | What is 10 × 7 × 2? | 140",
        "You got 2x - 6 = 10. What next? | Solve 2x - 6 = 10. | 8",
        "Is it closer to 4,800 or to 4,900? | Round 4,837 to the nearest hundred. | 4800",
        "Is it nearer 20 minutes or 45 minutes? Check the table. | How long should you stretch each week, in minutes? | 45",
        "Would you say 8 cm or 12 cm, looking at the ruler? | How long is the pencil in cm? | 8",
        "Start with 100 and think about tens. | What is 100 ÷ 10? | 10",
        "One way to start is to subtract 3. | Solve x + 3 = 4. | 1",
        "Look at step 2 again. | What is 20 ÷ 10? | 2",
        "What happens to cells that are damaged? | What is programmed cell death called? | apoptosis",
        "Remember the point (3, 6) is on the line. | The line passes through (3, 6) and (0, -3). What is its slope? | 3",
        "How many days are in a week? Use that. | How many days are in 3 weeks? | 21",
        "Is it between 10 and 20? | What is 3 × 4? | 12",
        "Count the sides of a triangle first. | A triangle has sides 2, 3 and 4 cm. What is its perimeter? | 9",
        "Is it oxygen or carbon dioxide? Look at the equation. | Which gas do plants take in? | carbon dioxide",
        "Would it be carbon dioxide, or oxygen? | Which gas do plants take in? | carbon dioxide",
        "Start by writing 9/36 and simplifying. | What percent is 9 out of 36? | 25%",
        "It starts with p. What happens in the leaves? | How do plants make food from light? | photosynthesis",
        "She delivered her speech in Paris. | Which organ filters blood? | liver",
        "Count on from five: six, seven, and so on. | What is 5 + 6? | 11",
        "Try multiplying by 10^2 first. | What is 36 × 100? | 3600",
        "What did he do before he became president? | Who was the first US president? | George Washington",
        "Washington is the state, but who was the person? | Which president is on the state flag of Washington? | George Washington",
        "Which ocean is the biggest? Look at the map. | Which is the largest ocean? | the Pacific Ocean",
        "Think about what goes in: water and sunlight. | Which gas do leaves take in? | carbon dioxide",
        "There were 2 sides in that war, the Allies and the Axis. | In which war did D-Day happen? | World War 2",
        "Is it 0.83 or 0.85 when you round? | What is 5 ÷ 6 to two decimal places? | 0.86",
        "Fifty-five of them were red. | How many marbles were blue? | 100",
        "Count one more cup than last time. | A full batch needs 2 cups of sugar. How much for one and a half batches? | 3 cups",
        "Is it the small intestine or the large intestine that absorbs most food? | Where is most food absorbed? | small intestine",
        "Was it the Treaty of Paris or the Treaty of Versailles? Check the date. | Which treaty ended World War I? | the Treaty of Versailles",
        "You need two and then three more fourths. | What is 1/4 + 2/4? | 3/4",
        "Add two and three, then think about fourths. | What is 2 1/4 + 3 1/4? | 5 1/2",
        "One hundred and five is close, but check again. | What is 100 + 4? | 104",
        "Three-fourths of the class voted. How many students is that? | 3/4 of 24 students voted. How many voted? | 18",
    })
    void noLeak(String output, String problem, String answer) {
        assertFalse(leak(output, problem, answer));
    }

    @Test
    void the_gate_opens_once_the_student_has_answered() {
        GuardrailContext ctx = GuardrailContext.builder().problem("What is 1000 + 1000?").answer("2000").answered(true)
                .build();
        assertFalse(TestGuardrails.offline().checkOutput("Yes, 2000 is right!", ctx).leak());
    }

    @Test
    void a_leak_blocks_the_output_so_it_is_reprompted_then_replaced_by_the_authored_hint() {
        GuardrailContext ctx = GuardrailContext.builder().problem("What is 1000 + 1000?").answer("2000")
                .authoredHint("Add the thousands first: how many thousands are there?").build();
        OutputDecision first = TestGuardrails.offline().reviewOutput("The answer is 2,000.", ctx, 1);
        OutputDecision.Reprompt reprompt = (OutputDecision.Reprompt) first;
        assertTrue(reprompt.reason().contains("2,000"), reprompt.reason());
        OutputDecision second = TestGuardrails.offline().reviewOutput("It's two thousand.", ctx, 2);
        assertTrue(((OutputDecision.UseAuthoredHint) second).text().startsWith("Add the thousands"));
        assertTrue(TestGuardrails.offline().reviewOutput("How many thousands do you see?", ctx, 2)
                instanceof OutputDecision.Show);
    }
}
