package org.socratic.grading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.socratic.config.YamlNode;

/** Reads and validates one {@code content/open-responses/<skill>.yml}; every mistake names the file, line and key. */
final class OpenResponseFile {
    private OpenResponseFile() {}

    /**
     * @param gradeOf the grade a skill is taught in, or -1 when the skill is unknown
     */
    static List<OpenPrompt> read(Path file, ToIntFunction<String> gradeOf) {
        YamlNode root = YamlNode.load(file);
        root.allowOnly("skill", "prompts");
        YamlNode skillNode = root.get("skill");
        String skill = skillNode.text();
        String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!skill.equals(expected)) {
            throw skillNode.error("skill is '" + skill + "' but the file is named " + file.getFileName());
        }
        int skillGrade = gradeOf.applyAsInt(skill);
        if (skillGrade < 0) throw skillNode.error("unknown skill '" + skill + "': it is not in skills.yml");
        List<OpenPrompt> prompts = new ArrayList<>();
        List<YamlNode> nodes = root.list("prompts");
        if (nodes.isEmpty()) throw root.get("prompts").error("the file has no prompts");
        for (YamlNode node : nodes) {
            OpenPrompt prompt = prompt(node, skill, skillGrade);
            if (prompts.stream().anyMatch(p -> p.id().equals(prompt.id()))) {
                throw node.get("id").error("prompt id '" + prompt.id() + "' is used twice in this file");
            }
            prompts.add(prompt);
        }
        return prompts;
    }

    private static OpenPrompt prompt(YamlNode node, String skill, int skillGrade) {
        node.allowOnly("id", "grade", "problem", "answer", "question", "rubric", "references");
        YamlNode idNode = node.get("id");
        if (!idNode.text().matches("[a-z][a-z0-9-]{0,63}")) {
            throw idNode.error("a prompt id is lower-case letters, digits and -, like better-buy");
        }
        int grade = node.integer("grade", 0, 12, skillGrade);
        String problem = nonBlank(node, "problem");
        String question = nonBlank(node, "question");
        var answer = ClosedAnswerSpec.read(node.get("answer"));
        Rubric rubric = rubric(node.get("rubric"));
        List<String> references = new ArrayList<>();
        for (YamlNode ref : node.list("references")) {
            if (ref.text().isBlank()) throw ref.error("a reference answer must not be empty");
            references.add(ref.text().strip());
        }
        if (references.size() < OpenPrompt.MIN_REFERENCES) {
            throw node.get("references").error("give at least " + OpenPrompt.MIN_REFERENCES
                    + " reference explanations that earn full marks (they are the grader's independent check)");
        }
        if (references.stream().distinct().count() < references.size()) {
            throw node.get("references").error("two reference explanations are the same");
        }
        String location = node.file().getFileName() + ":" + node.line();
        return new OpenPrompt(skill + "/" + idNode.text(), skill, grade, problem, answer, question, rubric,
                references, location);
    }

    private static Rubric rubric(YamlNode node) {
        List<Criterion> criteria = new ArrayList<>();
        List<YamlNode> items = node.items();
        if (items.isEmpty()) throw node.error("a rubric needs at least one criterion");
        for (YamlNode c : items) {
            c.allowOnly("id", "points", "description");
            YamlNode id = c.get("id");
            if (!id.text().matches("[a-z][a-z0-9-]{0,63}")) throw id.error("a criterion id is lower-case letters, digits and -");
            if (criteria.stream().anyMatch(k -> k.id().equals(id.text()))) {
                throw id.error("criterion '" + id.text() + "' appears twice in this rubric");
            }
            criteria.add(new Criterion(id.text(), nonBlank(c, "description"), c.integer("points", 1, 10)));
        }
        return new Rubric(criteria);
    }

    private static String nonBlank(YamlNode node, String key) {
        String text = node.string(key).strip();
        if (text.isEmpty()) throw node.get(key).error(key + " must not be empty");
        return text;
    }
}
