package org.socratic.guardrail;

import java.util.List;
import java.util.Locale;

/**
 * Tutor output must read at most {@code margin} grades above the student's grade (Flesch-Kincaid). Replies shorter
 * than {@code minWords} words are not judged: the formula means little on one sentence.
 */
final class ReadingLevelGate implements GuardrailLayer {
    private final double margin;
    private final int minWords;

    ReadingLevelGate(double margin, int minWords) {
        this.margin = margin;
        this.minWords = minWords;
    }

    @Override
    public String name() {
        return "reading_level";
    }

    @Override
    public LayerResult check(Inspection inspection) {
        if (inspection.direction() != Direction.OUTPUT || inspection.context().gradeLevel().isEmpty()) {
            return LayerResult.clear();
        }
        ReadingLevel level = ReadingLevel.of(inspection.text());
        if (level.words() < minWords) return LayerResult.clear();
        int grade = inspection.context().gradeLevel().getAsInt();
        double allowed = grade + margin;
        if (level.grade() <= allowed) return LayerResult.clear();
        double over = Math.min(1, (level.grade() - allowed) / 4);
        String reason = String.format(Locale.ROOT,
                "reads at grade %.1f; the student is in grade %d (at most %.1f): use shorter sentences and "
                        + "simpler words", level.grade(), grade, allowed);
        return LayerResult.of(List.of(Finding.of(Category.READING_LEVEL, 0.5 + over / 2, reason)));
    }
}
