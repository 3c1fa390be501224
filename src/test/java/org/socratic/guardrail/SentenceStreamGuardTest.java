package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;

class SentenceStreamGuardTest {
    private static final GuardrailContext CTX = GuardrailContext.builder().problem("What is 1000 + 1000?")
            .answer("2000").authoredHint("How many thousands are there in all?").build();

    /** Splits a reply into small tokens, as a model streams it. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 3) out.add(text.substring(i, Math.min(text.length(), i + 3)));
        return out;
    }

    @ParameterizedTest(name = "first sentence of ''{0}'' ends after ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Good start. Now add. | Good start.",
        "It is 2.5 km long. Yes. | It is 2.5 km long.",
        "Use e.g. a table. Then add. | Use e.g. a table.",
        "Really? Yes. | Really?",
        "1. Add the tens.\\n2. Add the ones. | 1. Add the tens.",
    })
    void sentence_ends(String buffer, String first) {
        String b = buffer.replace("\\n", "\n");
        assertEquals(first, b.substring(0, SentenceSplitter.firstEnd(b)).strip());
    }

    @Test
    void each_sentence_is_released_as_soon_as_it_is_checked_and_never_before() {
        SentenceStreamGuard guard = TestGuardrails.offline().streamGuard(CTX);
        String reply = "Nice work so far. Let's add the thousands. What do you get?";
        List<String> released = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (String t : tokens(reply)) {
            seen.append(t);
            for (String piece : guard.accept(t)) {
                released.add(piece);
                // whatever is released has been seen in full and checked
                assertTrue(seen.toString().contains(piece.strip()));
            }
            assertEquals(released.size(), guard.results().size());
        }
        released.addAll(guard.finish());
        assertEquals(List.of("Nice work so far.", " Let's add the thousands.", " What do you get?"), released);
        assertEquals(3, guard.results().size());
    }

    @Test
    void a_failing_sentence_is_replaced_by_the_authored_hint_and_nothing_after_it_is_emitted() {
        SentenceStreamGuard guard = TestGuardrails.offline().streamGuard(CTX);
        List<String> released = new ArrayList<>();
        for (String t : tokens("Good thinking. So the answer is 2,000. Well done, 2000 it is.")) released.addAll(guard.accept(t));
        released.addAll(guard.finish());
        assertEquals(List.of("Good thinking.", " How many thousands are there in all?"), released);
        assertTrue(guard.stopped());
        assertTrue(String.join("", released).indexOf("2,000") < 0);
    }

    @Test
    void the_flux_emits_only_checked_sentences_and_cancels_the_model_after_a_replacement() {
        AtomicInteger pulled = new AtomicInteger();
        List<String> toks = tokens("Good thinking. The answer is 2000. More text that must never be read. And more.");
        Flux<String> model = Flux.fromIterable(toks).doOnNext(t -> pulled.incrementAndGet());
        List<String> out = SentenceStreamGuard.guard(model, TestGuardrails.offline(), CTX).collectList().block();
        assertEquals(List.of("Good thinking.", " How many thousands are there in all?"), out);
        assertTrue(pulled.get() < toks.size(), "the upstream was cancelled after " + pulled.get() + " tokens");
    }

    @Test
    void the_tail_without_a_full_stop_is_checked_when_the_stream_ends() {
        List<String> out = SentenceStreamGuard.guard(Flux.fromIterable(tokens("Try it. The total is 2000")),
                TestGuardrails.offline(), CTX).collectList().block();
        assertEquals(List.of("Try it.", " How many thousands are there in all?"), out);
        List<String> clean = SentenceStreamGuard.guard(Flux.fromIterable(tokens("Try it. What do you get")),
                TestGuardrails.offline(), CTX).collectList().block();
        assertEquals(List.of("Try it.", " What do you get"), clean);
    }

    @Test
    void terminology_is_rewritten_inside_the_stream() {
        GuardrailContext ctx = GuardrailContext.builder().grade(8).subject("math")
                .termsMet(java.util.Set.of("rate_of_change")).build();
        List<String> out = SentenceStreamGuard.guard(Flux.fromIterable(tokens("Find the gradient. Good.")),
                TestGuardrails.offline(), ctx).collectList().block();
        assertEquals("Find the rate of change. Good.", String.join("", out));
        assertFalse(String.join("", out).contains("gradient"));
    }
}
