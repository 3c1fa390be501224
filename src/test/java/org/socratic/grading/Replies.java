package org.socratic.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grading replies as a model would write them, for scripted models and HTTP stubs. */
final class Replies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {}

    /** @param criteria criterion id, then its evidence, alternately */
    static String grade(double score, double confidence, String... criteria) {
        List<Map<String, String>> met = new ArrayList<>();
        for (int i = 0; i < criteria.length; i += 2) met.add(Map.of("criterion", criteria[i], "evidence", criteria[i + 1]));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("score", score);
        reply.put("criteria_met", met);
        reply.put("misconception", "");
        reply.put("rationale", "Finds the discount and the sale price and checks it is reasonable.");
        reply.put("confidence", confidence);
        try {
            return JSON.writeValueAsString(reply);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
