package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socratic.guardrail.GuardrailPolicy.ExemplarRun;
import org.socratic.guardrail.GuardrailPolicy.ExemplarSettings;

class ExemplarLayerTest {
    /** A bag-of-words embedding: deterministic, so the classifier's decision rule can be tested exactly. */
    static final class WordsModel implements EmbeddingModel {
        int calls;

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls += segments.size();
            return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
        }

        private static float[] vector(String text) {
            float[] v = new float[64];
            for (String w : text.toLowerCase().split("\\W+")) if (!w.isEmpty()) v[Math.floorMod(w.hashCode(), 64)] += 1;
            return v;
        }
    }

    private static final ExemplarSet SET = new ExemplarSet(
            Map.of(Category.SELF_HARM, List.of("nobody would miss me if i was gone")),
            List.of("nobody would miss the bus if it was gone"));

    @Test
    void a_message_close_to_an_exemplar_is_flagged_with_its_similarity() {
        ExemplarLayer layer = new ExemplarLayer(new WordsModel(), SET,
                new ExemplarSettings(ExemplarRun.ALWAYS, 0.8, 0.05, Map.of()));
        LayerResult r = layer.check(Inspection.of("nobody would miss me if i was gone", Direction.INPUT, GuardrailContext.empty()));
        assertEquals(Category.SELF_HARM, r.findings().getFirst().category());
        assertEquals(1.0, r.findings().getFirst().score(), 1e-6);
    }

    @Test
    void a_message_nearer_a_benign_exemplar_is_not_flagged() {
        ExemplarLayer layer = new ExemplarLayer(new WordsModel(), SET,
                new ExemplarSettings(ExemplarRun.ALWAYS, 0.5, 0.05, Map.of()));
        assertInstanceOf(LayerResult.Clear.class, layer.check(
                Inspection.of("nobody would miss the bus if it was gone", Direction.INPUT, GuardrailContext.empty())));
    }

    @Test
    void when_clear_the_classifier_only_runs_if_the_cheap_layers_found_nothing_and_the_message_is_not_plain_work() {
        WordsModel model = new WordsModel();
        GuardrailConfig config = TestGuardrails.exemplarsOnly(ExemplarRun.WHEN_CLEAR);
        GuardrailPipeline pipeline = GuardrailPipeline.create(config, java.util.Optional.of(model), List.of());
        int afterLoading = model.calls;
        pipeline.checkInput("i want to kill myself", GuardrailContext.empty());
        assertEquals(afterLoading, model.calls, "escalated by the lexicon: no embedding needed");
        pipeline.checkInput("how do I add fractions?", GuardrailContext.empty());
        assertEquals(afterLoading, model.calls, "plainly about the work, no word of worry: no embedding needed");
        pipeline.checkInput("i feel kind of strange today", GuardrailContext.empty());
        assertEquals(afterLoading + 1, model.calls);
        pipeline.checkInput("can you help with question 3? my dad keeps yelling", GuardrailContext.empty());
        assertEquals(afterLoading + 2, model.calls, "a word of worry: embedded even though it is about the work");
    }

    @Test
    void with_the_real_in_process_model_a_paraphrase_no_lexicon_lists_is_caught_and_homework_is_not() {
        ExemplarLayer layer = new ExemplarLayer(org.socratic.llm.BgeSmallEmbeddings.load(),
                TestGuardrails.config().exemplars(), TestGuardrails.config().policy().exemplars());
        LayerResult disclosure = layer.check(Inspection.of("lately I keep thinking there is no reason for me to keep living",
                Direction.INPUT, GuardrailContext.empty()));
        assertTrue(disclosure.findings().stream().anyMatch(f -> f.category() == Category.SELF_HARM), disclosure::toString);
        assertInstanceOf(LayerResult.Clear.class, layer.check(Inspection.of("how do I find the area of a circle",
                Direction.INPUT, GuardrailContext.empty())));
    }

    @Test
    void self_harm_scores_the_mean_of_its_two_nearest_exemplars() {
        ExemplarSet set = new ExemplarSet(
                Map.of(Category.SELF_HARM, List.of("nobody would miss me if i was gone", "i want to disappear forever")),
                List.of("the bus was late today"));
        ExemplarLayer layer = new ExemplarLayer(new WordsModel(), set,
                new ExemplarSettings(ExemplarRun.ALWAYS, 0.3, 0.05, Map.of()));
        LayerResult r = layer.check(Inspection.of("nobody would miss me if i was gone", Direction.INPUT, GuardrailContext.empty()));
        double score = r.findings().getFirst().score();
        assertTrue(score < 0.99 && score > 0.5, "one exact exemplar and one unlike it average out: " + score);
    }

    private static final String LONG = "we did the worksheet on cells in class today and the teacher liked my drawing, "
            + "nobody would miss me if i was gone, anyway can you help me label the parts of the cell";

    @Test
    void a_disclosure_in_the_middle_of_a_long_message_is_read_as_a_clause_of_its_own() {
        ExemplarLayer layer = new ExemplarLayer(new WordsModel(), SET,
                new ExemplarSettings(ExemplarRun.ALWAYS, 0.8, 0.05, Map.of()));
        LayerResult r = layer.check(Inspection.of(LONG, Direction.INPUT, GuardrailContext.empty()));
        assertTrue(r.findings().stream().anyMatch(f -> f.category() == Category.SELF_HARM), r::toString);
        assertInstanceOf(LayerResult.Clear.class, layer.check(Inspection.of(LONG, Direction.OUTPUT, GuardrailContext.empty())),
                "a tutor's reply is read whole");
        assertEquals(List.of(), ExemplarLayer.clauses("nobody would miss me, really"), "a short message is read whole");
    }

    @Test
    void a_disguised_message_is_also_read_undisguised() {
        ExemplarLayer layer = new ExemplarLayer(new WordsModel(), SET,
                new ExemplarSettings(ExemplarRun.ALWAYS, 0.8, 0.05, Map.of()));
        LayerResult r = layer.check(Inspection.of("n0body w0uld m1ss me if i was g0ne", Direction.INPUT, GuardrailContext.empty()));
        assertTrue(r.findings().stream().anyMatch(f -> f.category() == Category.SELF_HARM), r::toString);
    }

    @Test
    void a_recheck_after_a_lesser_lexicon_category_needs_a_stricter_bar() {
        Inspection exact = Inspection.of("nobody would miss me if i was gone", Direction.INPUT, GuardrailContext.empty());
        ExemplarLayer usual = new ExemplarLayer(new WordsModel(), SET,
                new ExemplarSettings(ExemplarRun.ALWAYS, 0.9, 0.05, Map.of()));
        assertTrue(usual.recheckCritical(exact).findings().stream().anyMatch(f -> f.category() == Category.SELF_HARM));
        ExemplarLayer strict = new ExemplarLayer(new WordsModel(), SET,
                new ExemplarSettings(ExemplarRun.ALWAYS, 0.99, 0.05, Map.of()));
        assertTrue(strict.check(exact).findings().stream().anyMatch(f -> f.category() == Category.SELF_HARM),
                "the usual reading flags it");
        assertInstanceOf(LayerResult.Clear.class, strict.recheckCritical(exact), "1.0 is not 0.99 + the extra bar");
    }
}
