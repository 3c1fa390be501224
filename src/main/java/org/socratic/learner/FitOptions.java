package org.socratic.learner;

/**
 * How the EM fitter runs.
 *
 * @param restarts        EM runs per skill from different starting points; the best log-likelihood wins
 * @param maxIterations   EM iterations per run at most
 * @param tolerance       a run stops when the log-likelihood improves by less than this fraction of itself
 * @param maxGuess        upper bound of guess (below 0.5, so that a learned student answers better)
 * @param maxSlip         upper bound of slip (below 0.5)
 * @param fitForgets      fit the forgetting variant (otherwise forget is 0)
 * @param minObservations a skill with fewer answers than this gets the published defaults
 * @param minSequences    a skill with fewer students than this gets the published defaults
 * @param threads         skills fitted in parallel
 * @param seed            seeds the random restarts, so a fit is reproducible
 */
record FitOptions(int restarts, int maxIterations, double tolerance, double maxGuess, double maxSlip,
        boolean fitForgets, int minObservations, int minSequences, int threads, long seed) {
    static final FitOptions DEFAULT = new FitOptions(5, 200, 1e-6, 0.45, 0.45, false, 50, 5, 2, 42);

    FitOptions {
        if (restarts < 1) throw new IllegalArgumentException("restarts must be at least 1");
        if (maxIterations < 1) throw new IllegalArgumentException("max iterations must be at least 1");
        if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance must be positive");
        if (!(maxGuess > 0 && maxGuess < 0.5)) throw new IllegalArgumentException("max guess must be in (0, 0.5)");
        if (!(maxSlip > 0 && maxSlip < 0.5)) throw new IllegalArgumentException("max slip must be in (0, 0.5)");
        if (minObservations < 0 || minSequences < 0) throw new IllegalArgumentException("minimums must be >= 0");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    FitOptions withForgets(boolean forgets) {
        return new FitOptions(restarts, maxIterations, tolerance, maxGuess, maxSlip, forgets, minObservations,
                minSequences, threads, seed);
    }

    FitOptions withThreads(int count) {
        return new FitOptions(restarts, maxIterations, tolerance, maxGuess, maxSlip, fitForgets, minObservations,
                minSequences, count, seed);
    }

    FitOptions withRestarts(int count) {
        return new FitOptions(count, maxIterations, tolerance, maxGuess, maxSlip, fitForgets, minObservations,
                minSequences, threads, seed);
    }

    FitOptions withMinimums(int observations, int sequences) {
        return new FitOptions(restarts, maxIterations, tolerance, maxGuess, maxSlip, fitForgets, observations,
                sequences, threads, seed);
    }

    FitOptions withSeed(long value) {
        return new FitOptions(restarts, maxIterations, tolerance, maxGuess, maxSlip, fitForgets, minObservations,
                minSequences, threads, value);
    }
}
