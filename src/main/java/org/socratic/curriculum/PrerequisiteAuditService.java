package org.socratic.curriculum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.socratic.events.EventLog;
import org.socratic.events.StoredEvent;

/**
 * Runs the prerequisite audit over every {@code attempt} event in the log against the curriculum's skill graph.
 * This is the method a teacher- or curriculum-owner-facing API calls.
 */
@Singleton
public class PrerequisiteAuditService {
    private static final int PAGE = 5000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EventLog events;

    public PrerequisiteAuditService(EventLog events) {
        this.events = events;
    }

    public AuditReport audit(AuditOptions options) {
        return audit(SkillGraph.load(ContentDirectory.resolve(null)), options);
    }

    public AuditReport audit(SkillGraph graph, AuditOptions options) {
        return PrerequisiteAudit.run(graph, attempts(), options);
    }

    /** Every attempt in the log, oldest first; events with a payload the audit cannot read are skipped. */
    List<Attempt> attempts() {
        List<Attempt> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<StoredEvent> page = events.ofType("attempt", after, PAGE);
            for (StoredEvent e : page) {
                Attempt a = parse(e);
                if (a != null) out.add(a);
            }
            if (page.size() < PAGE) return out;
            after = page.getLast().id();
        }
    }

    private static Attempt parse(StoredEvent e) {
        if (e.studentId() == null) return null;
        try {
            JsonNode p = JSON.readTree(e.payloadJson());
            if (!p.hasNonNull("skillId") || !p.hasNonNull("correct")) return null;
            return new Attempt(e.studentId(), p.get("skillId").asText(), p.get("correct").asBoolean(),
                    p.path("afterWorkedSolution").asBoolean(false));
        } catch (java.io.IOException ex) {
            return null;
        }
    }

    /** For callers that keep the content folder elsewhere. */
    public AuditReport audit(Path contentDir, AuditOptions options) {
        return audit(SkillGraph.load(contentDir), options);
    }
}
