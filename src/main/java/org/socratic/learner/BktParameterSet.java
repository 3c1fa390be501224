package org.socratic.learner;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A versioned set of per-skill parameters: what the live service uses (the newest stored set) and what
 * {@code bkt fit} produces. A skill missing from the set gets {@link BktParameters#DEFAULTS}.
 *
 * @param version  the stored version, 0 for a set not stored yet
 * @param fittedAt when the fit ran
 * @param source   where the data came from (a file name, or "event log")
 * @param rows     answers the fit read
 * @param forgets  whether the forgetting variant was fitted
 * @param skills   per skill id, in fitting order
 */
public record BktParameterSet(long version, Instant fittedAt, String source, long rows, boolean forgets,
        Map<String, SkillFit> skills) {
    public BktParameterSet {
        Objects.requireNonNull(fittedAt, "fittedAt");
        Objects.requireNonNull(source, "source");
        skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
    }

    /** The set to use before anything was fitted: every skill on the published defaults. */
    public static BktParameterSet defaultsOnly() {
        return new BktParameterSet(0, Instant.EPOCH, "published defaults", 0, false, Map.of());
    }

    /** The skill's fitted parameters, or the published defaults when it has none. */
    public BktParameters parametersFor(String skillId) {
        SkillFit fit = skills.get(skillId);
        return fit == null ? BktParameters.DEFAULTS : fit.params();
    }

    public long defaultedCount() {
        return skills.values().stream().filter(SkillFit::defaulted).count();
    }

    public BktParameterSet withVersion(long newVersion) {
        return new BktParameterSet(newVersion, fittedAt, source, rows, forgets, skills);
    }
}
