package org.socratic.guardrail;

import java.util.List;
import java.util.stream.Collectors;

/** Personal information, the student's own and other people's: emails, phones, addresses, IDs, roster names. */
final class PiiLayer implements GuardrailLayer {
    private final PiiScanner scanner;

    PiiLayer(PiiScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public String name() {
        return "pii";
    }

    @Override
    public LayerResult check(Inspection inspection) {
        List<Span> spans = scanner.find(inspection.text(), inspection.context().roster());
        if (spans.isEmpty()) return LayerResult.clear();
        String kinds = spans.stream().map(Span::replacement).distinct().collect(Collectors.joining(", "));
        return LayerResult.of(List.of(Finding.redaction(Category.PII, "personal information: " + kinds, spans)));
    }
}
