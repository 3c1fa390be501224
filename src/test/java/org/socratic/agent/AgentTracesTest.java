package org.socratic.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AgentTracesTest {
    @Inject AgentTraces traces;

    @Test
    void a_trace_is_stored_and_read_back_whole() {
        AgentTrace trace = new AgentTrace(UUID.randomUUID(), null, null, "tutor", "ollama", "llama3.1:8b", "v1",
                List.of(11L, 42L), 830, 512, 64, "answered", "{\"sentences\":3}");
        traces.record(trace);
        AgentTrace read = traces.find(trace.id()).orElseThrow();
        assertEquals(trace.retrievedContentIds(), read.retrievedContentIds());
        assertEquals("answered", read.outcome());
        assertEquals(512, read.inputTokens());
        assertTrue(read.detailJson().contains("sentences"));
        assertTrue(traces.find(UUID.randomUUID()).isEmpty());
    }
}
