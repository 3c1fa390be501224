package org.socratic.content;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socratic.config.ConfigException;
import org.socratic.config.YamlNode;

/**
 * Reads one {@code content/families/<skill>.yml}. Every mistake a curriculum owner can make in it is a
 * {@link ConfigException} with the file, the line and the key.
 */
final class FamilyFile {
    private static final java.util.regex.Pattern LOCAL_ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    private FamilyFile() {}

    /** The skill id the file declares, and its families. */
    record Contents(String skillId, List<Family> families) {}

    static Contents read(Path file) {
        YamlNode root = YamlNode.load(file).allowOnly("skill", "families");
        String skill = root.string("skill");
        String expectedName = skill + ".yml";
        if (!file.getFileName().toString().equals(expectedName)) {
            throw root.get("skill").error("the file for skill " + skill + " must be named " + expectedName);
        }
        List<Family> families = new ArrayList<>();
        for (YamlNode node : root.list("families")) families.add(family(skill, node));
        return new Contents(skill, families);
    }

    private static Family family(String skill, YamlNode node) {
        node.allowOnly("id", "title", "difficulty", "params", "let", "where", "answer", "prompt", "hints", "solution",
                "misconceptions", "explanation");
        String local = node.string("id");
        if (!LOCAL_ID.matcher(local).matches()) throw node.get("id").error("family ids are lowercase-with-dashes");
        Map<String, Param> params = new LinkedHashMap<>();
        YamlNode paramsNode = node.get("params");
        for (String name : paramsNode.keys()) {
            checkName(paramsNode, name);
            params.put(name, param(paramsNode.get(name)));
        }
        Map<String, String> derived = new LinkedHashMap<>();
        node.find("let").ifPresent(let -> {
            for (String name : let.keys()) {
                checkName(let, name);
                if (params.containsKey(name)) throw let.get(name).error(name + " is already a parameter");
                derived.put(name, expression(let.get(name)));
            }
        });
        List<String> where = new ArrayList<>();
        for (YamlNode condition : node.listOrEmpty("where")) where.add(expression(condition));
        Family.Spec answer = spec(node.get("answer"));
        List<String> hints = templates(node, "hints");
        if (hints.size() < 2) {
            throw node.get("hints").error("give at least two hints; the worked solution is the last step of the ladder");
        }
        List<Family.MisconceptionSpec> misconceptions = new ArrayList<>();
        for (YamlNode m : node.list("misconceptions")) {
            m.allowOnly("id", "description", "wrong");
            String id = m.string("id");
            if (!LOCAL_ID.matcher(id).matches()) throw m.get("id").error("misconception ids are lowercase-with-dashes");
            if (misconceptions.stream().anyMatch(x -> x.id().equals(id))) throw m.error("misconception " + id + " twice");
            String wrong = answer.kind().computed() ? expression(m.get("wrong")) : template(m.get("wrong"));
            misconceptions.add(new Family.MisconceptionSpec(id, text(m.get("description")), wrong));
        }
        if (misconceptions.isEmpty()) throw node.get("misconceptions").error("list at least one misconception");
        String explanation = text(node.get("explanation"));
        if (explanation.length() < 80) {
            throw node.get("explanation").error("the explanation is too short to teach from (80 characters at least)");
        }
        return new Family(skill + "/" + local, skill, text(node.get("title")), node.integer("difficulty", 1, 5),
                params, derived, where, answer, template(node.get("prompt")), hints, template(node.get("solution")),
                misconceptions, explanation, node.file(), node.line());
    }

    private static void checkName(YamlNode parent, String name) {
        if (!NAME.matcher(name).matches() || name.equals("answer")) {
            throw parent.get(name).error("'" + name + "' cannot be a value name (lowercase letters, digits, _; "
                    + "'answer' is reserved)");
        }
    }

    private static Param param(YamlNode node) {
        node.allowOnly("int", "decimal", "choice", "step");
        try {
            if (node.has("int")) {
                List<YamlNode> range = node.list("int");
                if (range.size() != 2) throw node.get("int").error("write int: [low, high]");
                return new Param.IntRange(range.get(0).asInt(-1_000_000, 1_000_000),
                        range.get(1).asInt(-1_000_000, 1_000_000), node.integer("step", 1, 1_000_000, 1));
            }
            if (node.has("decimal")) {
                List<YamlNode> range = node.list("decimal");
                if (range.size() != 2) throw node.get("decimal").error("write decimal: [low, high] and a step");
                return new Param.DecimalRange(decimal(range.get(0)), decimal(range.get(1)), decimal(node.get("step")));
            }
            if (node.has("choice")) {
                List<Object> values = new ArrayList<>();
                for (YamlNode value : node.list("choice")) values.add(choiceValue(value));
                return new Param.Choice(values);
            }
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        throw node.error("a parameter needs int: [low, high], decimal: [low, high] with step, or choice: [...]");
    }

    private static Object choiceValue(YamlNode value) {
        if (value.isMapping()) {
            Map<String, Object> group = new LinkedHashMap<>();
            for (String key : value.keys()) group.put(key, scalar(value.get(key).text()));
            return group;
        }
        return scalar(value.text());
    }

    private static Object scalar(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static BigDecimal decimal(YamlNode node) {
        try {
            return new BigDecimal(node.text().trim());
        } catch (NumberFormatException e) {
            throw node.error("expected a number, got '" + node.text() + "'");
        }
    }

    private static Family.Spec spec(YamlNode node) {
        node.allowOnly("kind", "value", "unit", "tolerance", "variable", "form", "options");
        String kindText = node.string("kind").trim().toUpperCase(Locale.ROOT);
        AnswerKind kind;
        try {
            kind = AnswerKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw node.get("kind").error("unknown answer kind '" + node.string("kind") + "' (use one of "
                    + java.util.Arrays.stream(AnswerKind.values()).map(AnswerKind::label).toList() + ")");
        }
        String value = kind.computed() ? expression(node.get("value")) : template(node.get("value"));
        Answer.Form form = Answer.Form.ANY;
        Answer.Written written = Answer.Written.ANY;
        if (node.has("form")) {
            String name = node.string("form").trim().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                if (kind == AnswerKind.EXPRESSION) form = Answer.Form.valueOf(name);
                else if (kind == AnswerKind.NUMBER || kind == AnswerKind.FRACTION) written = Answer.Written.valueOf(name);
                else throw new IllegalArgumentException();
            } catch (IllegalArgumentException e) {
                throw node.get("form").error(kind == AnswerKind.EXPRESSION
                        ? "for expressions, form is one of any, expanded, factored, combined"
                        : kind.computed() && kind != AnswerKind.SCIENTIFIC
                        ? "for numbers, form is one of any, decimal, lowest-terms, improper, mixed"
                        : "form applies to expression, number and fraction answers");
            }
        }
        List<List<String>> options = new ArrayList<>();
        for (YamlNode option : node.listOrEmpty("options")) {
            options.add(java.util.Arrays.stream(option.text().split("\\|")).map(String::trim).toList());
        }
        if (kind == AnswerKind.CHOICE && options.size() < 2) {
            throw node.error("a choice answer lists its options (at least two; spellings separated by |)");
        }
        if (kind != AnswerKind.CHOICE && !options.isEmpty()) throw node.get("options").error("options are for choices");
        return new Family.Spec(kind, value, node.string("unit", ""), node.decimal("tolerance", 0, 1e9, 0),
                node.string("variable", ""), form, written, options);
    }

    private static String expression(YamlNode node) {
        String text = node.text();
        try {
            Calculator.validate(text);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        return text;
    }

    private static List<String> templates(YamlNode parent, String key) {
        return parent.list(key).stream().map(FamilyFile::template).toList();
    }

    /** Checks braces balance here so the error points at the line; the slots are computed per instance. */
    private static String template(YamlNode node) {
        String text = text(node);
        String stripped = text.replace("{{", "").replace("}}", "");
        int depth = 0;
        for (char c : stripped.toCharArray()) {
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (depth < 0 || depth > 1) throw node.error("unbalanced { } in the text (write {{ or }} for a brace)");
        }
        if (depth != 0) throw node.error("a { is not closed (write {{ for a literal brace)");
        return text;
    }

    private static String text(YamlNode node) {
        String text = node.text().strip();
        if (text.isEmpty()) throw node.error("must not be empty");
        return text;
    }
}
