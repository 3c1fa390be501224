package org.socratic.content;

import java.util.ArrayList;
import java.util.List;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;

/**
 * Cuts the curriculum into the pieces a tutor retrieves: each skill's description, and for each family two sample
 * items, every step of a sample's hint ladder (the worked solution as its own kind), each misconception and the
 * explanation. Each chunk starts with the skill name so that a short piece still says what it is about.
 */
final class ContentChunks {
    static final int SAMPLE_ITEMS = 2;

    private ContentChunks() {}

    static List<ContentChunk> of(SkillGraph graph, ContentBank bank) {
        List<ContentChunk> out = new ArrayList<>();
        for (Skill skill : graph.skills()) {
            out.add(new ContentChunk("skill:" + skill.id(), skill.id(), "skill", null, skill.grade(), null,
                    skill.name() + " (grade " + skill.grade() + ", " + skill.ccss() + "). " + skill.description()));
            for (Family family : bank.familiesOf(skill.id())) out.addAll(of(skill, family));
        }
        return out;
    }

    private static List<ContentChunk> of(Skill skill, Family family) {
        List<ContentChunk> out = new ArrayList<>();
        String about = skill.name() + ": " + family.title() + ". ";
        String id = family.id();
        Item first = ItemGenerator.generate(family, 1);
        for (int sample = 1; sample <= SAMPLE_ITEMS; sample++) {
            Item item = sample == 1 ? first : ItemGenerator.generate(family, sample);
            out.add(chunk(skill, family, id + ":item:" + sample, "item", about + "Problem: " + item.prompt()
                    + " Answer: " + item.answer().display()));
        }
        List<String> ladder = first.hints();
        for (int step = 0; step < ladder.size() - 1; step++) {
            out.add(chunk(skill, family, id + ":hint:" + (step + 1), "hint", about + "Hint " + (step + 1) + " for: "
                    + first.prompt() + " " + ladder.get(step)));
        }
        out.add(chunk(skill, family, id + ":solution", "solution", about + "Worked solution for: " + first.prompt()
                + " " + first.workedSolution()));
        for (Family.MisconceptionSpec m : family.misconceptions()) {
            out.add(chunk(skill, family, id + ":misconception:" + m.id(), "misconception", about
                    + "Common mistake: " + m.description()));
        }
        out.add(chunk(skill, family, id + ":explanation", "explanation", about + family.explanation()));
        return out;
    }

    private static ContentChunk chunk(Skill skill, Family family, String key, String kind, String body) {
        return new ContentChunk(key, skill.id(), kind, family.id(), skill.grade(), family.difficulty(),
                body.replaceAll("\\s+", " ").trim());
    }
}
