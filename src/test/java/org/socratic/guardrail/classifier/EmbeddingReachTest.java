package org.socratic.guardrail.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * When a text's words leave no label within the embedding's reach, the classifier skips the embedding: on TrainerTest's
 * made-up problem, where "worry" is a word and "chatter" an embedding direction.
 */
class EmbeddingReachTest {
    private static final Trainer TRAINER = new Trainer(new Trainer.Options(20, 0.3, 1e-4, 1));
    private static final LinearClassifier MODEL = TRAINER
            .train(unit(TrainerTest.examples(300, 1)), TrainerTest.LABELS, TrainerTest.DIMS, TrainerTest.HASHER)
            .withThresholds(new double[] {0.5, 0.5});

    /** The examples with unit embeddings, as the service's are. */
    private static List<Example> unit(List<Example> examples) {
        return examples.stream().map(e -> new Example(new Features(org.socratic.llm.Vectors.unit(e.features().embedding()),
                e.features().hashed()), e.labels())).toList();
    }

    private static float[] randomUnit(Random r) {
        float[] v = new float[TrainerTest.DIMS];
        double length = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
            length += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(length);
        return v;
    }

    @Test
    void without_a_recorded_reach_a_text_decided_by_its_words_gets_that_verdict_whatever_its_embedding() {
        // "worry" alone: a word decides it, so texts without the word can be decided without an embedding
        LinearClassifier model = TRAINER.train(unit(TrainerTest.examples(300, 1)), List.of("worry"), TrainerTest.DIMS,
                TrainerTest.HASHER).withThresholds(new double[] {0.5});
        Random r = new Random(3);
        String[] words = {"the", "cat", "frightened", "sat", "paint", "zebra", "blue"};
        int skipped = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1 + r.nextInt(5); w++) text.append(words[r.nextInt(words.length)]).append(' ');
            int[] hashed = model.hasher().hash(text.toString());
            if (model.needsEmbedding(hashed)) continue;
            skipped++;
            boolean flagged = model.probabilities(model.wordsOnly(hashed))[0] >= model.threshold(0);
            for (int k = 0; k < 50; k++) {
                double p = model.probabilities(model.features(randomUnit(r), hashed))[0];
                assertEquals(flagged, p >= model.threshold(0), text + " " + p);
            }
        }
        assertTrue(skipped > 20, skipped + " of 300 texts skipped");
    }

    @Test
    void a_recorded_reach_skips_plain_words_and_keeps_a_text_whose_word_decides() {
        LinearClassifier measured = MODEL.withReachOver(unit(TrainerTest.examples(300, 1)).stream()
                .filter(e -> !e.labels().contains("chatter")).map(Example::features).toList());
        // Trained without "chatter" texts in view, the recorded reach of its direction is small: plain words are skipped
        assertFalse(measured.needsEmbedding(measured.hasher().hash("the cat sat on a mat")));
        assertTrue(measured.needsEmbedding(measured.hasher().hash("the cat was frightened")));
        assertTrue(measured.reach(1).highest() < MODEL.reach(1).highest(), measured.reach(1) + " vs the bound " + MODEL.reach(1));
    }

    @Test
    void the_recorded_reach_is_the_least_and_most_the_embedding_moved_a_seen_text() {
        List<Example> seen = unit(TrainerTest.examples(50, 7));
        LinearClassifier measured = MODEL.withReachOver(seen.stream().map(Example::features).toList());
        for (int l = 0; l < 2; l++) {
            double least = 0;
            double most = 0;
            for (Example e : seen) {
                Features withoutEmbedding = MODEL.wordsOnly(e.features().hashed());
                double z = logit(MODEL.probabilities(e.features())[l]) - logit(MODEL.probabilities(withoutEmbedding)[l]);
                least = Math.min(least, z);
                most = Math.max(most, z);
            }
            assertEquals(least, measured.reach(l).lowest(), 1e-6);
            assertEquals(most, measured.reach(l).highest(), 1e-6);
            assertTrue(measured.reach(l).highest() <= MODEL.reach(l).highest() + 1e-9
                    && measured.reach(l).lowest() >= MODEL.reach(l).lowest() - 1e-9, "within the bound for any unit vector");
        }
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
