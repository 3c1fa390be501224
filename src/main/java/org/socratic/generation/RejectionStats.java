package org.socratic.generation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * How many generated items were kept and rejected, and why, overall and per skill. {@code byReason} lists every
 * reason the verifier knows (zero included) so a dashboard shows the full picture; per skill only the reasons seen.
 */
@Serdeable
public record RejectionStats(long kept, long rejected, Map<String, Long> byReason, List<SkillCounts> skills) {
    public RejectionStats {
        byReason = byReason == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byReason));
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public long total() {
        return kept + rejected;
    }

    @Serdeable
    public record SkillCounts(String skillId, long kept, long rejected, Map<String, Long> byReason) {
        public SkillCounts {
            // null when read back from JSON that left an empty map out
            byReason = byReason == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byReason));
        }
    }
}
