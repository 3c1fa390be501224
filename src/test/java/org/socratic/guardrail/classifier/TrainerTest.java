package org.socratic.guardrail.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A made-up problem the classifier must learn: "worry" is signalled by a word, "chatter" by an embedding direction;
 * the rest of each text is noise words and a random vector.
 */
class TrainerTest {
    static final int DIMS = 8;
    static final WordHasher HASHER = new WordHasher(12);
    static final List<String> LABELS = List.of("worry", "chatter");
    private static final String[] NOISE = {"the", "cat", "sat", "on", "a", "mat", "with", "some", "blue", "paint"};

    static List<Example> examples(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean worry = i % 3 == 0;
            boolean chatter = i % 4 == 1;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 5; w++) text.append(NOISE[r.nextInt(NOISE.length)]).append(' ');
            if (worry) text.append("frightened");
            float[] v = new float[DIMS];
            for (int d = 1; d < DIMS; d++) v[d] = (float) r.nextGaussian() * 0.3f;
            v[0] = chatter ? 1 : -1;
            Set<String> labels = new java.util.HashSet<>();
            if (worry) labels.add("worry");
            if (chatter) labels.add("chatter");
            out.add(new Example(new Features(v, HASHER.hash(text.toString())), labels));
        }
        return out;
    }

    @Test
    void it_learns_a_word_and_an_embedding_direction() {
        LinearClassifier model = new Trainer(new Trainer.Options(20, 0.3, 1e-4, 1)).train(examples(300, 1), LABELS, DIMS, HASHER);
        int errors = 0;
        for (Example e : examples(100, 2)) {
            double[] p = model.probabilities(e.features());
            if ((p[0] >= 0.5) != e.labels().contains("worry")) errors++;
            if ((p[1] >= 0.5) != e.labels().contains("chatter")) errors++;
        }
        assertTrue(errors <= 2, errors + " errors on 200 decisions");
        assertEquals(List.of("frightened"), model.explain(0, "the cat was frightened", 1));
    }

    @Test
    void the_same_seed_gives_the_same_weights() {
        Trainer trainer = new Trainer(new Trainer.Options(5, 0.3, 1e-4, 9));
        LinearClassifier a = trainer.train(examples(100, 3), LABELS, DIMS, HASHER);
        LinearClassifier b = trainer.train(examples(100, 3), LABELS, DIMS, HASHER);
        Features f = examples(1, 4).getFirst().features();
        assertArrayEquals(a.probabilities(f), b.probabilities(f));
    }

    @Test
    void out_of_fold_scores_come_from_models_that_never_saw_the_example() {
        List<Example> data = examples(120, 5);
        // One example whose words are unique and whose label contradicts them: only a model that saw it could know.
        data.set(0, new Example(new Features(new float[DIMS], HASHER.hash("zebra quartz")), Set.of("worry")));
        Trainer trainer = new Trainer(new Trainer.Options(30, 0.3, 1e-4, 1));
        double[][] oof = trainer.outOfFold(data, LABELS, DIMS, HASHER, 4);
        double seen = trainer.train(data, LABELS, DIMS, HASHER).probabilities(data.getFirst().features())[0];
        assertTrue(oof[0][0] < seen, "held out " + oof[0][0] + " vs seen " + seen);
        assertTrue(java.util.Arrays.stream(oof).allMatch(p -> p != null && p.length == 2));
        assertThrows(IllegalArgumentException.class, () -> trainer.outOfFold(data, LABELS, DIMS, HASHER, 1));
    }
}
