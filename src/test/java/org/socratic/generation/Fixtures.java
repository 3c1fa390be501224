package org.socratic.generation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.socratic.agent.AgentSpec;
import org.socratic.agent.Fallback;
import org.socratic.agent.PromptTemplate;
import org.socratic.content.ContentBank;
import org.socratic.curriculum.SkillGraph;
import org.socratic.guardrail.GuardrailConfig;
import org.socratic.guardrail.GuardrailPipeline;
import org.socratic.llm.ModelSpec;
import org.socratic.llm.Provider;

/** The repository's own content, guardrails and curriculum prompt, loaded once, and a well-formed model reply. */
final class Fixtures {
    static final String SKILL = "rp.unit-rate";
    static final long SEED = 4242;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SkillGraph graph;
    private static ContentBank bank;
    private static GuardrailPipeline guardrail;

    private Fixtures() {}

    static synchronized SkillGraph graph() {
        if (graph == null) graph = SkillGraph.load(Path.of("content"));
        return graph;
    }

    static synchronized ContentBank bank() {
        if (bank == null) bank = ContentBank.load(Path.of("content"), graph());
        return bank;
    }

    static synchronized GuardrailPipeline guardrail() {
        if (guardrail == null) guardrail = GuardrailPipeline.offline(GuardrailConfig.load(Path.of("guardrails")));
        return guardrail;
    }

    static Target target() {
        return new Target(graph().skill(SKILL), "adds-quantities", "adds the two quantities instead of dividing", 6, SEED);
    }

    /** The curriculum agent as configured, with its model, timeout and retries replaced for a test. */
    static CurriculumAgentConfig agent(Provider provider, Duration timeout, int retries) {
        Path file = Path.of("prompts/curriculum/system.v2.md");
        try {
            PromptTemplate prompt = PromptTemplate.parse("curriculum", "v2", file, Files.readString(file),
                    Set.of("grade", "skill", "skill_description", "misconception", "seed"));
            AgentSpec spec = new AgentSpec("curriculum", new ModelSpec(provider, "llama3.1:8b", 0.7, 800, timeout),
                    retries, "v2", Fallback.RULES, Path.of("agents/curriculum.yml"));
            return new CurriculumAgentConfig(spec, prompt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reply every check accepts: 6 pens for $9, so one pen costs $1.50; adding gives 15. */
    static ObjectNode validReply() {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("seed", SEED);
        reply.put("problem", "A pack of 6 pens costs $9. How much does 1 pen cost?");
        reply.put("answer", "1.5");
        reply.put("unit", "$");
        reply.put("computation", "9 / 6");
        reply.putArray("solution_steps")
                .add("The cost is shared equally among the pens.")
                .add("Divide the total cost by the number of pens.")
                .add("9 / 6 = 1.5, so each pen costs $1.50.");
        ObjectNode mistake = reply.putObject("common_mistake");
        mistake.put("answer", "15");
        mistake.put("computation", "9 + 6");
        mistake.put("explanation", "Adding the cost and the number of pens does not share the cost among the pens.");
        return reply;
    }

    static String reply(Consumer<ObjectNode> change) {
        ObjectNode reply = validReply();
        change.accept(reply);
        return reply.toString();
    }

    /** A reply to the request that repeats the seed the system prompt gives, changed by {@code change}. */
    static java.util.function.Function<dev.langchain4j.model.chat.request.ChatRequest, String> echoingSeed(
            Consumer<ObjectNode> change) {
        return request -> {
            String system = ((dev.langchain4j.data.message.SystemMessage) request.messages().getFirst()).text();
            java.util.regex.Matcher seed = java.util.regex.Pattern.compile("Variation seed: (\\d+)").matcher(system);
            if (!seed.find()) throw new AssertionError("the prompt gives no seed: " + system);
            return reply(r -> {
                r.put("seed", Long.parseLong(seed.group(1)));
                change.accept(r);
            });
        };
    }

    static String validJson() {
        return validReply().toString();
    }
}
