package org.socratic.content;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.socratic.cli.UserInputException;
import org.socratic.curriculum.ContentDirectory;
import org.socratic.curriculum.SkillGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code socratic content show}: one drawn item with its ladder and misconceptions, and optionally a checked answer. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Draw an item from a family (or a skill) and print it with its answer, hint ladder,",
                "misconceptions and explanation. With --answer, check a response the way a student's is checked."})
final class ContentShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FAMILY_OR_SKILL", description = "A family id (rp.unit-rate/speed) or a skill id (rp.unit-rate).")
    String id;

    @Option(names = "--seed", defaultValue = "1", description = "Which instance (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--answer", description = "A response to check against the item.")
    String response;

    @Option(names = "--content-dir", description = "Content folder (default: $SOCRATIC_HOME/content or ./content).")
    Path contentDir;

    @Override
    public Integer call() {
        Path dir = ContentDirectory.resolve(contentDir);
        SkillGraph graph = SkillGraph.load(dir);
        ContentBank bank = ContentBank.read(dir, graph).bank();
        Item item;
        try {
            item = id.contains("/") ? ItemGenerator.generate(bank.family(id), seed) : bank.itemFor(id, 1, seed);
        } catch (NoSuchElementException e) {
            throw new UserInputException(e.getMessage());
        }
        System.out.println("item:     " + item.id() + " (skill " + item.skillId() + ", difficulty " + item.difficulty() + ")");
        System.out.println("prompt:   " + item.prompt());
        System.out.println("answer:   " + item.answer().display());
        for (int i = 0; i < item.hints().size(); i++) {
            System.out.println((i == item.hints().size() - 1 ? "solution: " : "hint " + (i + 1) + ":   ") + item.hints().get(i));
        }
        for (Misconception m : item.misconceptions()) {
            System.out.println("mistake:  " + m.id() + " -> " + m.wrongAnswer().display() + " (" + m.description() + ")");
        }
        System.out.println("explain:  " + item.explanation().replace("\n", " "));
        if (response != null) {
            Item.Checked checked = item.check(response);
            System.out.println("checked:  '" + response + "' -> " + checked.verdict()
                    + checked.misconception().map(m -> " misconception " + m.id()).orElse(""));
        }
        return 0;
    }
}
