package org.socratic.learner;

/**
 * Expectation-maximisation for one skill's two-state hidden Markov model (Baum-Welch with scaled forward-backward).
 * The M-step is clamped to the bounds of {@link FitOptions}: each parameter's expected complete log-likelihood is
 * concave in it, so the clamped value is the constrained maximum and every iteration still cannot lower the
 * likelihood. Credibility weights temper the emissions exactly as {@link BktParameters#observe} does.
 * Not thread-safe: one instance per thread.
 */
final class BaumWelch {
    private static final double EPSILON = 1e-4;

    /** One run's result; {@code logLikelihood} belongs to {@code params}. */
    record Estimate(BktParameters params, double logLikelihood, int iterations) {}

    private final SkillSequences data;
    private final FitOptions options;
    private final double[] alpha0;
    private final double[] alpha1;
    private final double[] emit0;
    private final double[] emit1;
    private final double[] scale; // 1 / the forward scale at each position

    BaumWelch(SkillSequences data, FitOptions options) {
        this.data = data;
        this.options = options;
        int longest = data.longest();
        alpha0 = new double[longest];
        alpha1 = new double[longest];
        emit0 = new double[longest];
        emit1 = new double[longest];
        scale = new double[longest];
    }

    /** Runs EM from {@code start} until the log-likelihood stops improving or the iteration limit. */
    Estimate run(BktParameters start) {
        BktParameters params = clamp(start.prior(), start.learn(), start.guess(), start.slip(), start.forget());
        Statistics previous = null;
        for (int iteration = 1; iteration <= options.maxIterations(); iteration++) {
            Statistics stats = expectation(params);
            if (previous != null && stats.logLikelihood - previous.logLikelihood
                    <= options.tolerance() * Math.abs(previous.logLikelihood)) {
                return new Estimate(params, stats.logLikelihood, iteration);
            }
            previous = stats;
            params = maximise(stats, params);
        }
        return new Estimate(params, expectation(params).logLikelihood, options.maxIterations());
    }

    /** Log-likelihood of the skill's data under {@code params}. */
    double logLikelihood(BktParameters params) {
        return expectation(params).logLikelihood;
    }

    /** Expected sufficient statistics under the given parameters. */
    private static final class Statistics {
        double logLikelihood;
        double priorKnown;
        double learned;
        double unlearnedBefore;
        double forgot;
        double learnedBefore;
        double guessed;
        double unlearnedAnswers;
        double slipped;
        double learnedAnswers;
    }

    private Statistics expectation(BktParameters p) {
        byte[] correct = data.correct();
        float[] weight = data.weight();
        int[] starts = data.starts();
        double learn = p.learn();
        double forget = p.forget();
        double right1 = 1 - p.slip();
        double wrong1 = p.slip();
        double right0 = p.guess();
        double wrong0 = 1 - p.guess();
        double logLikelihood = 0;
        double likelihood = 1; // a running product of scales; its log is taken only before it could underflow
        double priorKnown = 0, learned = 0, unlearnedBefore = 0, forgot = 0, learnedBefore = 0;
        double guessed = 0, unlearnedAnswers = 0, slipped = 0, learnedAnswers = 0;
        for (int sequence = 0; sequence < starts.length - 1; sequence++) {
            int from = starts[sequence];
            int length = starts[sequence + 1] - from;
            for (int t = 0; t < length; t++) {
                boolean ok = correct[from + t] == 1;
                double e1 = ok ? right1 : wrong1;
                double e0 = ok ? right0 : wrong0;
                if (weight != null && weight[from + t] != 1f) {
                    e1 = Math.pow(e1, weight[from + t]);
                    e0 = Math.pow(e0, weight[from + t]);
                }
                double known = t == 0 ? p.prior() : alpha0[t - 1] * learn + alpha1[t - 1] * (1 - forget);
                double f1 = known * e1;
                double f0 = (1 - known) * e0;
                double c = f0 + f1;
                double inverse = 1 / c;
                alpha0[t] = f0 * inverse;
                alpha1[t] = f1 * inverse;
                emit0[t] = e0;
                emit1[t] = e1;
                scale[t] = inverse;
                likelihood *= c;
                if (likelihood < 1e-250) {
                    logLikelihood += Math.log(likelihood);
                    likelihood = 1;
                }
            }
            double beta0 = 1; // beta(t), scaled
            double beta1 = 1;
            double nextBeta0 = 1; // beta(t + 1)
            double nextBeta1 = 1;
            for (int t = length - 1; t >= 0; t--) {
                double g0 = alpha0[t] * beta0;
                double g1 = alpha1[t] * beta1;
                double w = weight == null ? 1 : weight[from + t];
                if (correct[from + t] == 1) {
                    guessed += g0 * w;
                } else {
                    slipped += g1 * w;
                }
                unlearnedAnswers += g0 * w;
                learnedAnswers += g1 * w;
                if (t < length - 1) {
                    learned += alpha0[t] * learn * emit1[t + 1] * nextBeta1 * scale[t + 1];
                    forgot += alpha1[t] * forget * emit0[t + 1] * nextBeta0 * scale[t + 1];
                    unlearnedBefore += g0;
                    learnedBefore += g1;
                }
                nextBeta0 = beta0;
                nextBeta1 = beta1;
                double b0 = ((1 - learn) * emit0[t] * beta0 + learn * emit1[t] * beta1) * scale[t];
                double b1 = (forget * emit0[t] * beta0 + (1 - forget) * emit1[t] * beta1) * scale[t];
                beta0 = b0;
                beta1 = b1;
            }
            priorKnown += alpha1[0] * nextBeta1; // gamma(0) for the known state
        }
        Statistics s = new Statistics();
        s.logLikelihood = logLikelihood + Math.log(likelihood);
        s.priorKnown = priorKnown;
        s.learned = learned;
        s.unlearnedBefore = unlearnedBefore;
        s.forgot = forgot;
        s.learnedBefore = learnedBefore;
        s.guessed = guessed;
        s.unlearnedAnswers = unlearnedAnswers;
        s.slipped = slipped;
        s.learnedAnswers = learnedAnswers;
        return s;
    }

    private BktParameters maximise(Statistics s, BktParameters current) {
        double prior = s.priorKnown / data.sequences();
        double learn = s.unlearnedBefore > 0 ? s.learned / s.unlearnedBefore : current.learn();
        double forget = options.fitForgets() && s.learnedBefore > 0 ? s.forgot / s.learnedBefore : 0;
        double guess = s.unlearnedAnswers > 0 ? s.guessed / s.unlearnedAnswers : current.guess();
        double slip = s.learnedAnswers > 0 ? s.slipped / s.learnedAnswers : current.slip();
        return clamp(prior, learn, guess, slip, forget);
    }

    private BktParameters clamp(double prior, double learn, double guess, double slip, double forget) {
        return new BktParameters(
                within(prior, EPSILON, 1 - EPSILON),
                within(learn, EPSILON, 1 - EPSILON),
                within(guess, EPSILON, options.maxGuess()),
                within(slip, EPSILON, options.maxSlip()),
                options.fitForgets() ? within(forget, 0, 1 - EPSILON) : 0);
    }

    private static double within(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
