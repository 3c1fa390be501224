package org.socratic.learner;

import java.util.Objects;

/**
 * One skill's parameters with their provenance.
 *
 * @param skill         the skill's id (in a CSV log, its skill_name)
 * @param params        the fitted parameters, or {@link BktParameters#DEFAULTS} when defaulted
 * @param observations  answers the fit saw
 * @param sequences     students (answer sequences) the fit saw
 * @param defaulted     true when the skill had too little data and got the published defaults
 * @param logLikelihood of the skill's data under {@code params}; NaN when defaulted
 */
public record SkillFit(String skill, BktParameters params, int observations, int sequences, boolean defaulted,
        double logLikelihood) {
    public SkillFit {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(params, "params");
        if (observations < 0 || sequences < 0) throw new IllegalArgumentException("counts must be >= 0");
    }

    static SkillFit defaulted(String skill, int observations, int sequences) {
        return new SkillFit(skill, BktParameters.DEFAULTS, observations, sequences, true, Double.NaN);
    }
}
