package org.socratic.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.socratic.cli.CommandContext;
import org.socratic.cli.UserInputException;
import org.socratic.content.Item;
import org.socratic.content.Misconception;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code socratic generated ...}: the model-generated items, their rejection counts, and a generation by hand. */
@Command(name = "generated", mixinStandardHelpOptions = true,
        description = "Model-generated practice items: counts of kept and rejected items, one item, a generation.",
        subcommands = {GeneratedCommand.Stats.class, GeneratedCommand.Show.class, GeneratedCommand.Request.class})
public final class GeneratedCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Generated items kept and rejected, by rejection reason and per skill.")
    static final class Stats implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--json", description = "Print the counts as one JSON object (last line).")
        boolean json;

        Stats(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RejectionStats stats = context.bean(GeneratedItemStore.class).stats();
            if (json) {
                System.out.println(GeneratedCommand.json(stats));
                return 0;
            }
            System.out.printf("generated items: %d (kept %d, rejected %d)%n", stats.total(), stats.kept(), stats.rejected());
            System.out.println("rejected by reason:");
            for (RejectionReason reason : RejectionReason.values()) {
                System.out.printf("  %-22s %5d  %s%n", reason.id(), stats.byReason().getOrDefault(reason.id(), 0L),
                        reason.meaning());
            }
            if (!stats.skills().isEmpty()) System.out.println("per skill:");
            for (RejectionStats.SkillCounts skill : stats.skills()) {
                System.out.printf("  %-32s kept %4d  rejected %4d  %s%n", skill.skillId(), skill.kept(),
                        skill.rejected(), skill.byReason().isEmpty() ? "" : skill.byReason());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"One generated item (gen:<id>), or the newest ones: status, rejection reason, the model's",
                    "problem, answer and computation, and for a kept item its hint ladder."})
    static final class Show implements Callable<Integer> {
        private final CommandContext context;

        @Parameters(arity = "0..1", paramLabel = "ID", description = "gen:<id>; without it, the newest items")
        String id;

        @Option(names = "--skill", description = "Only items of this skill (without ID).")
        String skill;

        @Option(names = "--limit", defaultValue = "10", description = "How many of the newest (default ${DEFAULT-VALUE}).")
        int limit;

        Show(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            GeneratedItemStore store = context.bean(GeneratedItemStore.class);
            if (id == null) {
                if (limit < 1 || limit > 1000) throw new UserInputException("--limit must be 1..1000");
                for (StoredItem item : store.recent(Optional.ofNullable(skill), limit)) {
                    System.out.printf("%-10s %-30s %-9s %-22s %s%n", item.itemId(), item.skillId(),
                            item.kept() ? "kept" : "rejected", item.reason().orElse(""),
                            item.draft().map(Draft::problem).orElse(""));
                }
                return 0;
            }
            long number = StoredItem.parseId(id).orElseThrow(() -> new UserInputException(
                    "'" + id + "' is not a generated item id (gen:<number>)"));
            StoredItem item = store.find(number).orElseThrow(() -> new UserInputException("no generated item " + id));
            print(item);
            return 0;
        }

        private static void print(StoredItem item) {
            System.out.println("item:        " + item.itemId() + " (skill " + item.skillId() + ", grade " + item.grade()
                    + ", seed " + item.seed() + ")");
            System.out.println("targets:     " + item.misconceptionId() + " (" + item.misconception() + ")");
            System.out.println("status:      " + (item.kept() ? "kept" : "rejected: " + item.reason().orElse("")
                    + (item.detail().isEmpty() ? "" : " - " + item.detail())));
            item.traceId().ifPresent(t -> System.out.println("trace:       " + t));
            item.draft().ifPresent(d -> {
                System.out.println("problem:     " + d.problem());
                System.out.println("answer:      " + d.answer() + (d.unit().isEmpty() ? "" : " (" + d.unit() + ")")
                        + "   computation: " + d.computation());
                System.out.println("mistake:     " + d.mistakeAnswer() + "   computation: " + d.mistakeComputation());
            });
            item.item().ifPresent(i -> {
                for (int n = 0; n < i.hints().size(); n++) {
                    System.out.println((n == i.hints().size() - 1 ? "solution:    " : "hint " + (n + 1) + ":      ")
                            + i.hints().get(n));
                }
            });
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true,
            description = {"Ask for a targeted item as the tutor would: an authored family when one lists the",
                    "misconception, else the curriculum agent's model; the result is verified and recorded."})
    static final class Request implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--skill", required = true, description = "Skill id, such as rp.unit-rate.")
        String skill;

        @Option(names = "--misconception", required = true, description = "Misconception id, such as adds-instead.")
        String misconception;

        @Option(names = "--description", description = "What the student does wrong, in words (sent to the model).")
        String description;

        @Option(names = "--grade", required = true, description = "The student's grade (0 = kindergarten).")
        int grade;

        @Option(names = "--json", description = "Print the outcome as one JSON object (last line).")
        boolean json;

        Request(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (grade < 0 || grade > 12) throw new UserInputException("--grade must be 0..12");
            if (misconception.isBlank()) throw new UserInputException("--misconception must not be empty");
            Misconception wanted = new Misconception(misconception.strip(),
                    description == null ? misconception.strip() : description.strip(), null);
            TargetedItem outcome;
            try {
                outcome = context.bean(TargetedPractice.class).targetedItem(skill, wanted, grade, null, null);
            } catch (NoSuchElementException e) {
                throw new UserInputException(e.getMessage());
            }
            Map<String, Object> out = new LinkedHashMap<>();
            switch (outcome) {
                case TargetedItem.Authored a -> out.put("outcome", "authored");
                case TargetedItem.Generated g -> {
                    out.put("outcome", "generated");
                    out.put("traceId", g.traceId().toString());
                }
                case TargetedItem.NotGenerated n -> {
                    out.put("outcome", "not-generated");
                    out.put("reason", n.reason());
                    out.put("traceId", n.traceId().toString());
                }
            }
            outcome.item().ifPresent(item -> describe(item, out));
            if (json) {
                System.out.println(GeneratedCommand.json(out));
            } else {
                out.forEach((k, v) -> System.out.println(k + ": " + (v instanceof List<?> l ? String.join(" | ",
                        l.stream().map(Object::toString).toList()) : v)));
            }
            return 0;
        }

        private static void describe(Item item, Map<String, Object> out) {
            out.put("itemId", item.id());
            out.put("problem", item.prompt());
            out.put("answer", item.answer().display());
            out.put("hints", item.hints());
        }
    }
}
