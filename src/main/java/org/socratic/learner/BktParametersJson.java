package org.socratic.learner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a parameter set ({@code bkt fit --out}): one object with provenance and a {@code skills} array
 * of {skill, prior, learn, guess, slip, forget, observations, sequences, defaulted}.
 */
final class BktParametersJson {
    static final String FORMAT = "socratic-bkt-parameters/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BktParametersJson() {}

    static ObjectNode toJson(BktParameterSet set) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", set.version());
        root.put("fittedAt", set.fittedAt().toString());
        root.put("source", set.source());
        root.put("rows", set.rows());
        root.put("forgets", set.forgets());
        ArrayNode skills = root.putArray("skills");
        for (SkillFit fit : set.skills().values()) {
            ObjectNode skill = skills.addObject();
            skill.put("skill", fit.skill());
            BktParameters p = fit.params();
            skill.put("prior", round(p.prior()));
            skill.put("learn", round(p.learn()));
            skill.put("guess", round(p.guess()));
            skill.put("slip", round(p.slip()));
            skill.put("forget", round(p.forget()));
            skill.put("observations", fit.observations());
            skill.put("sequences", fit.sequences());
            skill.put("defaulted", fit.defaulted());
        }
        return root;
    }

    static void write(BktParameterSet set, Path file) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson(set));
    }

    /** Reads a file written by {@link #write}; anything else is a {@link MalformedLogException} naming the file. */
    static BktParameterSet read(Path file) {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new MalformedLogException(file + ": not a parameter file (format must be " + FORMAT + ")");
            }
            Map<String, SkillFit> skills = new LinkedHashMap<>();
            for (JsonNode skill : root.path("skills")) {
                String name = skill.path("skill").asText();
                BktParameters params = new BktParameters(number(file, skill, "prior"), number(file, skill, "learn"),
                        number(file, skill, "guess"), number(file, skill, "slip"), number(file, skill, "forget"));
                skills.put(name, new SkillFit(name, params, skill.path("observations").asInt(),
                        skill.path("sequences").asInt(), skill.path("defaulted").asBoolean(), Double.NaN));
            }
            return new BktParameterSet(root.path("version").asLong(), Instant.parse(root.path("fittedAt").asText()),
                    root.path("source").asText(), root.path("rows").asLong(), root.path("forgets").asBoolean(),
                    skills);
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            throw new MalformedLogException(file + ": cannot read parameters: " + e.getMessage());
        }
    }

    private static double number(Path file, JsonNode skill, String field) {
        JsonNode value = skill.get(field);
        if (value == null || !value.isNumber()) {
            throw new MalformedLogException(file + ": skill '" + skill.path("skill").asText() + "' has no number '"
                    + field + "'");
        }
        return value.asDouble();
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
