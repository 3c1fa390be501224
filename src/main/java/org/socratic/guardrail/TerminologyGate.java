package org.socratic.guardrail;

import java.util.List;

/** Rewrites avoided synonyms in tutor output to the canonical terms the student has met. */
final class TerminologyGate implements GuardrailLayer {
    private final TerminologyRegistry registry;

    TerminologyGate(TerminologyRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "terminology";
    }

    @Override
    public LayerResult check(Inspection inspection) {
        GuardrailContext ctx = inspection.context();
        if (inspection.direction() != Direction.OUTPUT || ctx.subject() == null || ctx.grade() == null) {
            return LayerResult.clear();
        }
        TerminologyRegistry.TermRewrite rewrite =
                registry.rewrite(inspection.text(), ctx.subject(), ctx.grade(), ctx.termsMet());
        if (!rewrite.changed()) return LayerResult.clear();
        return LayerResult.of(List.of(Finding.rewrite(Category.TERMINOLOGY,
                "registry term: " + String.join(", ", rewrite.replacements()), rewrite.text())));
    }
}
