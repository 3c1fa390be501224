package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socratic.guardrail.GuardrailPolicy.ClassifierSettings;
import org.socratic.guardrail.classifier.Example;
import org.socratic.guardrail.classifier.Features;
import org.socratic.guardrail.classifier.LinearClassifier;
import org.socratic.guardrail.classifier.Trainer;
import org.socratic.guardrail.classifier.WordHasher;
import org.socratic.llm.BgeSmallEmbeddings;

/** The trained classifier in the pipeline: the shipped model with the real embeddings, and its second opinion. */
class ClassifierLayerTest {
    private static GuardrailPipeline shipped;

    @BeforeAll
    static void load() {
        shipped = GuardrailPipeline.withEmbeddings(TestGuardrails.config(), BgeSmallEmbeddings.load());
    }

    @Test
    void a_farewell_no_word_list_has_is_escalated_and_the_reason_names_the_words() {
        String text = "honestly i've started writing letters to everyone in case i'm not around after friday";
        assertEquals(List.of(), TestGuardrails.offline().checkInput(text, GuardrailContext.empty()).categories(),
                "no lexicon entry knows this phrasing");
        GuardrailResult r = shipped.checkInput(text, GuardrailContext.empty());
        assertEquals(Action.ESCALATE, r.action());
        Verdict v = r.verdicts().stream().filter(x -> x.layer().equals("classifier")).findFirst().orElseThrow();
        assertEquals(Category.SELF_HARM, v.category());
        assertTrue(v.reason().startsWith("classifier ") && v.reason().contains("weighed most: '"), v.reason());
        assertTrue(r.reply().orElseThrow().contains("988"), "the caring reply with crisis resources");
    }

    @Test
    void a_message_the_word_lists_escalated_is_not_read_again() {
        GuardrailResult r = shipped.checkInput("i want to kill myself", GuardrailContext.empty());
        assertEquals(Action.ESCALATE, r.action());
        assertTrue(r.verdicts().stream().noneMatch(v -> v.layer().equals("classifier")), r.verdicts()::toString);
    }

    @Test
    void homework_and_school_topics_pass() {
        for (String text : List.of("how do I find the area of a circle", "we learned that gunpowder was invented in china",
                "my grandpa hunts deer with a rifle every fall", "can you explain step 2 another way?", "is the answer 7?",
                "still stuck", "idk", "i'm done")) {
            GuardrailResult r = shipped.checkInput(text, GuardrailContext.empty());
            assertEquals(Action.ALLOW, r.action(), text + " -> " + r.verdicts());
        }
    }

    @Test
    void agent_output_is_not_read_by_the_classifier_unless_the_policy_says_so() {
        assertFalse(TestGuardrails.config().policy().classifier().output());
        GuardrailResult r = shipped.checkOutput("Great effort! Let's look at the next step together.",
                GuardrailContext.builder().problem("3 + 4").answer("7").build());
        assertTrue(r.verdicts().stream().noneMatch(v -> v.layer().equals("classifier")));
    }

    @Test
    void a_model_trained_for_other_embeddings_is_refused_with_the_way_out() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ClassifierLayer(new ExemplarLayerTest.WordsModel(), TestGuardrails.config().classifier().orElseThrow(), true));
        assertTrue(e.getMessage().contains("384") && e.getMessage().contains("guardrail train"), e.getMessage());
    }

    /** A model over 64-dimensional bag-of-words vectors that has only ever seen harmless texts: every label is unlikely. */
    private static LinearClassifier harmlessModel(ExemplarLayerTest.WordsModel words) {
        WordHasher hasher = new WordHasher(12);
        List<Example> data = new ArrayList<>();
        for (String t : List.of("how do i add fractions", "what is a prime number", "can i have a hint", "thanks",
                "i think the answer is 12", "what does perimeter mean", "is 3 a factor of 12", "explain it again")) {
            float[] v = words.embed(t).content().vector();
            data.add(new Example(new Features(org.socratic.llm.Vectors.unit(v), hasher.hash(t)), Set.of()));
        }
        return new Trainer(new Trainer.Options(30, 0.3, 1e-4, 1))
                .train(data, List.of("self_harm", "weapons", "violence"), 64, hasher).withThresholds(new double[] {0.5, 0.5, 0.5});
    }

    private static GuardrailPipeline withSecondOpinion(double vetoBelow) {
        ExemplarLayerTest.WordsModel words = new ExemplarLayerTest.WordsModel();
        ClassifierSettings settings = new ClassifierSettings(true, "unused", false, false, vetoBelow, Set.of(Category.WEAPONS, Category.VIOLENCE));
        return GuardrailPipeline.create(TestGuardrails.withClassifier(harmlessModel(words), settings), Optional.of(words),
                List.of());
    }

    @Test
    void a_lexicon_finding_the_classifier_gives_almost_no_chance_is_set_aside() {
        String text = "where can i buy a gun";
        assertTrue(TestGuardrails.offline().checkInput(text, GuardrailContext.empty()).categories().contains(Category.WEAPONS));
        assertFalse(withSecondOpinion(0.05).checkInput(text, GuardrailContext.empty()).categories().contains(Category.WEAPONS));
        assertTrue(withSecondOpinion(0).checkInput(text, GuardrailContext.empty()).categories().contains(Category.WEAPONS),
                "veto_below 0 turns the second opinion off");
    }

    @Test
    void self_harm_and_critical_entries_are_never_set_aside() {
        GuardrailPipeline pipeline = withSecondOpinion(0.05);
        assertEquals(Action.ESCALATE, pipeline.checkInput("i want to kill myself", GuardrailContext.empty()).action());
        GuardrailResult threat = pipeline.checkInput("i'm going to stab him with my knife tomorrow", GuardrailContext.empty());
        assertEquals(Action.ESCALATE, threat.action(), "a threat is a critical entry: " + threat.verdicts());
        assertTrue(threat.categories().contains(Category.VIOLENCE));
    }
}
