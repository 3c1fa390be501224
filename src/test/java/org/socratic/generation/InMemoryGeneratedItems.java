package org.socratic.generation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.socratic.agent.AgentTrace;

/** The store without a database: what the service recorded, for tests of the service alone. */
final class InMemoryGeneratedItems implements GeneratedItemStore {
    final List<AgentTrace> traces = new CopyOnWriteArrayList<>();
    final List<StoredItem> items = new CopyOnWriteArrayList<>();

    @Override
    public synchronized Optional<StoredItem> record(GenerationAttempt attempt) {
        traces.add(attempt.trace());
        if (attempt.verification().isEmpty()) return Optional.empty();
        Target t = attempt.target();
        StoredItem item = switch (attempt.verification().get()) {
            case Verification.Kept k -> new StoredItem(items.size() + 1, t.skill().id(), t.misconceptionId(),
                    t.misconceptionDescription(), t.grade(), t.seed(), true, Optional.empty(), "",
                    Optional.of(k.item().draft()), Optional.of(attempt.trace().id()), Instant.now());
            case Verification.Rejected r -> new StoredItem(items.size() + 1, t.skill().id(), t.misconceptionId(),
                    t.misconceptionDescription(), t.grade(), t.seed(), false, Optional.of(r.rejection().reason().id()),
                    r.rejection().detail(), r.draft(), Optional.of(attempt.trace().id()), Instant.now());
        };
        items.add(item);
        return Optional.of(item);
    }

    @Override
    public Optional<StoredItem> find(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public List<StoredItem> recent(Optional<String> skillId, int limit) {
        return items.stream().filter(i -> skillId.map(i.skillId()::equals).orElse(true))
                .sorted(Comparator.comparingLong(StoredItem::id).reversed()).limit(limit).toList();
    }

    @Override
    public RejectionStats stats() {
        Map<String, Long> byReason = new TreeMap<>();
        long kept = items.stream().filter(StoredItem::kept).count();
        items.stream().filter(i -> !i.kept()).forEach(i -> byReason.merge(i.reason().orElseThrow(), 1L, Long::sum));
        return new RejectionStats(kept, items.size() - kept, byReason, new ArrayList<>());
    }
}
