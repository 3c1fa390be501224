package org.socratic.guardrail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert for the responsible adults about an escalated message: who, what, why, and where its webhook delivery
 * stands. {@code excerpt} is the student's message with personal information redacted.
 */
public record SafetyAlert(long id, Long studentId, UUID sessionId, List<String> categories, String severity,
        String layer, double score, String reason, String excerpt, List<Long> recipients, String status,
        String webhookStatus, int webhookAttempts, String webhookError, Instant deliveredAt, Instant createdAt) {
    public SafetyAlert {
        categories = List.copyOf(categories);
        recipients = List.copyOf(recipients);
    }
}
