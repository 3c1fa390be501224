package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lexicons and patterns of every category, with their context rules, over the normalised text. */
final class LexiconLayer implements GuardrailLayer {
    private final List<Lexicon> lexicons;
    private final Idioms idioms;

    LexiconLayer(List<Lexicon> lexicons, Idioms idioms) {
        this.lexicons = List.copyOf(lexicons);
        this.idioms = idioms;
    }

    @Override
    public String name() {
        return "lexicon";
    }

    @Override
    public LayerResult check(Inspection inspection) {
        List<String> masked = new ArrayList<>(inspection.normalised().variants().size());
        for (String v : inspection.normalised().variants()) masked.add(idioms.mask(v));
        List<WordStarts.Index> starts = masked.stream().map(WordStarts::index).toList();
        Map<Category, Finding> strongest = new EnumMap<>(Category.class);
        java.util.Set<Category> overridden = java.util.EnumSet.noneOf(Category.class);
        boolean output = inspection.direction() == Direction.OUTPUT;
        for (Lexicon lexicon : lexicons) {
            if (output && !lexicon.category().appliesToOutput()) continue;
            Optional<Finding> found = lexicon.scan(masked, starts, inspection.normalised().compact());
            found.ifPresent(f -> strongest.merge(f.category(), f, LexiconLayer::stronger));
            if (found.isPresent()) overridden.addAll(lexicon.overrides());
        }
        strongest.values().removeIf(f -> overridden.contains(f.category())
                && f.severity().orElse(Severity.NONE) != Severity.CRITICAL);
        return LayerResult.of(new ArrayList<>(strongest.values()));
    }

    private static Finding stronger(Finding a, Finding b) {
        Severity sa = a.severity().orElse(Severity.NONE);
        Severity sb = b.severity().orElse(Severity.NONE);
        return sb.ordinal() > sa.ordinal() ? b : a;
    }
}
