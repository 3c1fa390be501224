package org.socratic.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.socratic.curriculum.ContentDirectory;
import org.socratic.curriculum.SkillGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code socratic grading check}: loads every open-response file (no database, no model); a mistake exits 3. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content/open-responses/*.yml: skills, rubrics, answers, reference explanations.")
final class GradingCheckCommand implements Callable<Integer> {
    @Option(names = "--content-dir", description = "Content folder (default: $SOCRATIC_HOME/content or ./content).")
    Path contentDir;

    @Option(names = "--json", description = "Print the summary as one JSON object on the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = ContentDirectory.resolve(contentDir);
        OpenResponseBank bank = OpenResponseBank.load(dir, SkillGraph.load(dir));
        Map<String, Integer> perSkill = new TreeMap<>();
        for (OpenPrompt p : bank.all()) {
            perSkill.merge(p.skillId(), 1, Integer::sum);
            System.out.printf("%-45s grade %d, %d criteria (%d points), %d references%n", p.id(), p.grade(),
                    p.rubric().criteria().size(), p.rubric().maxScore(), p.references().size());
        }
        System.out.printf("ok: %d open-response prompts across %d skills%n", bank.all().size(), perSkill.size());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("prompts", bank.all().size());
            out.put("skills", perSkill);
            System.out.println(new ObjectMapper().writeValueAsString(out));
        }
        return 0;
    }
}
