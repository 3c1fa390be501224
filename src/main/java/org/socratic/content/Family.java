package org.socratic.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parametric item family as written in {@code content/families/<skill>.yml}: how to draw parameters, the
 * constraints they must meet, the values derived from them, the answer, the prompt, the hint ladder ending in a
 * worked solution, the misconceptions with the wrong answer each produces, and an explanation for retrieval.
 *
 * @param id      "skill/local-id", such as {@code rp.unit-rate/unit-price}
 * @param derived named expressions computed in order after the parameters ({@code let:} in the file)
 * @param where   boolean expressions every instance must satisfy
 * @param hints   the ladder before the worked solution (at least two)
 * @param file    where the family was written, for error messages
 */
public record Family(String id, String skillId, String title, int difficulty, Map<String, Param> params,
        Map<String, String> derived, List<String> where, Spec answer, String prompt, List<String> hints,
        String solution, List<MisconceptionSpec> misconceptions, String explanation, Path file, int line) {
    public Family {
        Objects.requireNonNull(id);
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        derived = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(derived));
        where = List.copyOf(where);
        hints = List.copyOf(hints);
        misconceptions = List.copyOf(misconceptions);
    }

    /** Where this family was written: "content/families/rp.unit-rate.yml:12 (rp.unit-rate/unit-price)". */
    public String location() {
        return file + ":" + line + " (" + id + ")";
    }

    /**
     * The answer as declared.
     *
     * @param value     an expression (computed kinds) or a template (the others)
     * @param unit      the unit of a numeric answer, or empty
     * @param tolerance accepted absolute difference for number and scientific answers
     * @param variable  for numbers, the letter a student may write in front; for points, the coordinate names
     * @param form      for expressions, a shape the answer must have
     * @param written   for numbers, how the answer must be written
     * @param options   for choices, each option with its accepted spellings
     */
    public record Spec(AnswerKind kind, String value, String unit, double tolerance, String variable,
            Answer.Form form, Answer.Written written, List<List<String>> options) {
        public Spec {
            options = options.stream().map(List::copyOf).toList();
        }
    }

    /** @param wrong the wrong answer this misconception produces, written like the family's answer */
    public record MisconceptionSpec(String id, String description, String wrong) {}
}
