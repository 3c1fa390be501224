package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.List;
import org.socratic.guardrail.GuardrailPolicy.StreamFailure;
import org.socratic.guardrail.GuardrailPolicy.StreamSettings;
import reactor.core.publisher.Flux;

/**
 * Checks a streamed reply sentence by sentence: tokens are buffered until a sentence is complete, the sentence goes
 * through the output guardrail, and only then is it released (rewritten when the terminology registry says so).
 * Nothing unchecked is ever released: the text after the last complete sentence is checked when the stream ends.
 * A failing sentence is replaced by the authored hint and the stream stops ({@code replace_and_stop}), or is dropped
 * ({@code drop}). One guard serves one reply and is not thread-safe; tokens arrive in order.
 */
public final class SentenceStreamGuard {
    private final GuardrailPipeline pipeline;
    private final GuardrailContext context;
    private final StreamSettings settings;
    private final StringBuilder buffer = new StringBuilder();
    private final List<GuardrailResult> results = new ArrayList<>();
    private boolean stopped;

    SentenceStreamGuard(GuardrailPipeline pipeline, GuardrailContext context, StreamSettings settings) {
        this.pipeline = pipeline;
        this.context = context;
        this.settings = settings;
    }

    /** Adds a token; returns the pieces that may now be shown (checked sentences, or the replacement). */
    public List<String> accept(String token) {
        if (stopped) return List.of();
        buffer.append(token);
        List<String> out = new ArrayList<>();
        int end;
        while (!stopped && (end = SentenceSplitter.firstEnd(buffer)) > 0) {
            String sentence = buffer.substring(0, end);
            buffer.delete(0, end);
            release(sentence, out);
        }
        return out;
    }

    /** The stream ended: checks and returns what is left in the buffer. */
    public List<String> finish() {
        if (stopped || buffer.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        String rest = buffer.toString();
        buffer.setLength(0);
        if (!rest.isBlank()) release(rest, out);
        stopped = true;
        return out;
    }

    /** True once a sentence failed under {@code replace_and_stop}, or the stream was finished. */
    public boolean stopped() {
        return stopped;
    }

    /** The guardrail result of every sentence checked so far, in order (to be stored). */
    public List<GuardrailResult> results() {
        return List.copyOf(results);
    }

    private void release(String sentence, List<String> out) {
        String leading = sentence.substring(0, sentence.length() - sentence.stripLeading().length());
        GuardrailResult result = pipeline.checkOutput(sentence.strip(), context);
        results.add(result);
        if (result.passed()) {
            out.add(leading + result.text() + trailing(sentence));
            return;
        }
        if (settings.onFail() == StreamFailure.REPLACE_AND_STOP) {
            String hint = context.authoredHint() == null ? settings.fallback() : context.authoredHint();
            out.add(leading + hint);
            stopped = true;
        }
    }

    private static String trailing(String sentence) {
        return sentence.substring(sentence.stripTrailing().length());
    }

    /**
     * Guards a token stream: the returned flux emits only checked sentences (and a replacement when one fails), and
     * cancels the upstream once a sentence has been replaced.
     */
    public static Flux<String> guard(Flux<String> tokens, GuardrailPipeline pipeline, GuardrailContext context) {
        return Flux.defer(() -> guard(tokens, pipeline.streamGuard(context)));
    }

    /** As above, with a guard the caller keeps (to read its results when the stream ends). */
    public static Flux<String> guard(Flux<String> tokens, SentenceStreamGuard guard) {
        return Flux.defer(() -> {
            Flux<Piece> checked = tokens.concatMapIterable(t -> pieces(guard.accept(t), guard.stopped()));
            Flux<Piece> rest = Flux.defer(() -> Flux.fromIterable(pieces(guard.finish(), true)));
            return checked.concatWith(rest).takeUntil(Piece::last).map(Piece::text);
        });
    }

    private record Piece(String text, boolean last) {}

    private static List<Piece> pieces(List<String> texts, boolean stopped) {
        List<Piece> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) out.add(new Piece(texts.get(i), stopped && i == texts.size() - 1));
        return out;
    }
}
