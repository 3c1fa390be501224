package org.socratic.guardrail.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseWeightsTest {
    private static final LinearClassifier MODEL = new Trainer(new Trainer.Options(20, 0.3, 1e-4, 1))
            .train(TrainerTest.examples(300, 1), TrainerTest.LABELS, TrainerTest.DIMS, TrainerTest.HASHER);

    private static List<PhraseWeights.Text> texts() {
        List<PhraseWeights.Text> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) out.add(new PhraseWeights.Text("the cat was frightened", Set.of("worry")));
        out.add(new PhraseWeights.Text("a frightened mat", Set.of()));
        out.add(new PhraseWeights.Text("the cat sat", Set.of()));
        return out;
    }

    @Test
    void the_word_that_signals_a_label_leads_its_list_with_its_counts() {
        PhraseWeights.Leaning first = new PhraseWeights(MODEL, texts()).top("worry", 3, 1).getFirst();
        assertEquals("frightened", first.phrase());
        assertEquals(5, first.positives());
        assertEquals(1, first.benign());
        assertTrue(first.weight() > 0);
    }

    @Test
    void phrases_held_by_too_few_texts_and_unknown_labels_are_left_out() {
        PhraseWeights weights = new PhraseWeights(MODEL, texts());
        List<String> heldBySix = weights.top("worry", 50, 6).stream().map(PhraseWeights.Leaning::phrase).toList();
        assertTrue(heldBySix.contains("frightened"), heldBySix::toString);
        assertTrue(Set.of("the", "cat", "the cat", "frightened").containsAll(heldBySix), heldBySix::toString);
        assertTrue(weights.top("worry", 50, 7).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> weights.top("sadness", 5, 1));
    }
}
