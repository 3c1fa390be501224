package org.socratic.llm;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * BGE small (quantised, 384 dimensions) from the model jar, run by ONNX Runtime on the calling thread.
 *
 * <p>The jar's own model class gives its ONNX Runtime session an intra-op pool of one thread per core, whose threads
 * spin while they wait: on a two-core server that doubled the CPU an embedding costs (about 9 ms instead of 4.5 for a
 * one-line message), and the spinning took the cores that concurrent requests needed. Here every call runs on its
 * caller's thread, so concurrent turns embed in parallel without contending; batches (content loading) are spread
 * over one thread per core, which end when idle. Graph optimisations are all on (node fusions): 8% less CPU per
 * embedding than the session's default, with the same guardrail verdicts on every labelled line.
 */
public final class BgeSmallEmbeddings extends AbstractInProcessEmbeddingModel implements AutoCloseable {
    private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSIONS = 384;
    private final OnnxBertBiEncoder encoder;
    private final OrtSession session;
    private final ExecutorService batches;

    private BgeSmallEmbeddings(ExecutorService batches, OrtSession session, OnnxBertBiEncoder encoder) {
        super(batches);
        this.batches = batches;
        this.session = session;
        this.encoder = encoder;
    }

    /** Loads the model (about a second). */
    public static BgeSmallEmbeddings load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
            int cores = Runtime.getRuntime().availableProcessors();
            ThreadPoolExecutor batches = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name("embedding-batch-", 1).factory());
            batches.allowCoreThreadTimeOut(true);
            return new BgeSmallEmbeddings(batches, session, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedding model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load the embedding model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " is missing from the embedding model jar");
        return in;
    }

    /** Stops the batch threads and frees the model's native memory. */
    @Override
    public void close() {
        batches.shutdown();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("could not close the embedding model: " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }
}
