package org.socratic.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The protections around one provider's blocking model calls, outermost first: a deadline for the whole call
 * (retries included, so a student never waits longer than the agent's timeout), bounded retries with exponential
 * backoff on transient errors only, a circuit breaker that stops calling a provider that keeps failing, and a
 * bulkhead that caps concurrent calls. Every failure ends as a {@link ModelUnavailableException} with its reason.
 */
public final class ModelCallGuard implements AutoCloseable {
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final GuardSettings settings;
    private final String name;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public ModelCallGuard(String name, GuardSettings settings) {
        this.name = name;
        this.settings = settings;
        this.circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRatePercent())
                .slidingWindowSize(settings.slidingWindowCalls())
                .minimumNumberOfCalls(Math.min(5, settings.slidingWindowCalls()))
                .waitDurationInOpenState(settings.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(ModelCallGuard::countsAgainstProvider)
                .build());
        this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(settings.maxWaitForSlot())
                .build());
    }

    /** Runs {@code call} under every protection, within {@code deadline}, retrying transient errors up to {@code retries} times. */
    public <T> T call(Duration deadline, int retries, Supplier<T> call) {
        Retry retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(retries + 1)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstRetryDelay(), 2.0))
                .retryOnException(ModelCallGuard::isTransient)
                .build());
        Callable<T> guarded = Retry.decorateCallable(retry,
                CircuitBreaker.decorateCallable(circuitBreaker, Bulkhead.decorateCallable(bulkhead, call::get)));
        Future<T> future = executor.submit(guarded);
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Interrupting the attempt makes the circuit breaker record it as a failure of the provider.
            future.cancel(true);
            throw new ModelUnavailableException(ModelUnavailableException.Reason.TIMEOUT,
                    name + " did not answer within " + deadline.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException(ModelUnavailableException.Reason.FAILED, "interrupted", e);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        }
    }

    /**
     * A streamed call under the circuit breaker and the bulkhead: the stream fails with a
     * {@link ModelUnavailableException} when the circuit is open, the provider is at capacity, the call fails, or no
     * token arrives for {@code stallTimeout} (a stalled stream). Streams are not retried: a student may already
     * have seen part of the answer; the caller falls back instead.
     */
    public Flux<String> stream(Duration stallTimeout, Function<StreamingChatResponseHandler, Runnable> start,
                               Consumer<ChatResponse> onComplete) {
        return Flux.defer(() -> {
            if (!circuitBreaker.tryAcquirePermission()) {
                return Flux.error(unavailable(CallNotPermittedException.createCallNotPermittedException(circuitBreaker)));
            }
            if (!bulkhead.tryAcquirePermission()) {
                circuitBreaker.releasePermission();
                return Flux.error(unavailable(BulkheadFullException.createBulkheadFullException(bulkhead)));
            }
            long started = System.nanoTime();
            Sinks.Many<String> tokens = Sinks.many().unicast().onBackpressureBuffer();
            Runnable cancel = start.apply(new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) { tokens.tryEmitNext(partial); }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    onComplete.accept(response);
                    tokens.tryEmitComplete();
                }

                @Override
                public void onError(Throwable error) { tokens.tryEmitError(error); }
            });
            java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
            return tokens.asFlux()
                    .timeout(stallTimeout)
                    .doOnComplete(() -> circuitBreaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS))
                    .doOnError(e -> circuitBreaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e))
                    .doOnCancel(() -> {
                        circuitBreaker.releasePermission();
                        cancel.run();
                    })
                    .doFinally(signal -> {
                        if (released.compareAndSet(false, true)) bulkhead.onComplete();
                    })
                    .onErrorMap(e -> !(e instanceof ModelUnavailableException), e -> e instanceof TimeoutException
                            ? new ModelUnavailableException(ModelUnavailableException.Reason.TIMEOUT,
                                    name + " stalled: no text for " + stallTimeout.toMillis() + " ms", e)
                            : unavailable(e));
        });
    }

    public CircuitBreaker.State circuitState() { return circuitBreaker.getState(); }

    private ModelUnavailableException unavailable(Throwable cause) {
        return switch (cause) {
            case CallNotPermittedException open -> new ModelUnavailableException(ModelUnavailableException.Reason.CIRCUIT_OPEN,
                    name + " is failing; calls are paused for " + settings.openStateWait().toSeconds() + " s", open);
            case BulkheadFullException busy -> new ModelUnavailableException(ModelUnavailableException.Reason.BUSY,
                    name + " is serving " + settings.maxConcurrentCalls() + " calls already", busy);
            case ModelUnavailableException already -> already;
            default -> isTimeout(cause)
                    ? new ModelUnavailableException(ModelUnavailableException.Reason.TIMEOUT,
                            name + " timed out: " + cause.getMessage(), cause)
                    : new ModelUnavailableException(ModelUnavailableException.Reason.FAILED,
                            name + " failed: " + cause.getMessage(), cause);
        };
    }

    /** The provider's own HTTP client may time out first; that is a time-out too, whoever noticed it. */
    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Worth another try: server errors, rate limits, time-outs, broken connections. */
    static boolean isTransient(Throwable e) {
        if (e instanceof NonRetriableException) return false;
        if (e instanceof RetriableException || e instanceof IOException || e instanceof UncheckedIOException) return true;
        if (e instanceof HttpException http) return http.statusCode() >= 500 || http.statusCode() == 429;
        return e.getCause() != null && e.getCause() != e && isTransient(e.getCause());
    }

    /** A request we got wrong (bad input, unknown model) says nothing about the provider's health. */
    private static boolean countsAgainstProvider(Throwable e) {
        return !(e instanceof NonRetriableException) || e instanceof dev.langchain4j.exception.AuthenticationException;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
