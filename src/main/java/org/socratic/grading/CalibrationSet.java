package org.socratic.grading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socratic.config.YamlNode;

/** {@code eval/grading/calibration.yml}: student explanations labelled with the band a teacher would give them. */
record CalibrationSet(List<Sample> samples) {
    enum Band { FULL, PARTIAL, NONE }

    record Sample(OpenPrompt prompt, Band band, String text) {}

    static CalibrationSet load(Path file, OpenResponseBank bank) {
        YamlNode root = YamlNode.load(file);
        root.allowOnly("answers");
        List<Sample> samples = new ArrayList<>();
        for (YamlNode node : root.list("answers")) {
            node.allowOnly("prompt", "band", "text");
            YamlNode promptNode = node.get("prompt");
            OpenPrompt prompt = bank.find(promptNode.text())
                    .orElseThrow(() -> promptNode.error("no open-response prompt '" + promptNode.text() + "'"));
            YamlNode bandNode = node.get("band");
            Band band;
            try {
                band = Band.valueOf(bandNode.text().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bandNode.error("band is full, partial or none, not '" + bandNode.text() + "'");
            }
            String text = node.string("text").strip();
            if (text.isEmpty()) throw node.get("text").error("text must not be empty");
            samples.add(new Sample(prompt, band, text));
        }
        return new CalibrationSet(samples);
    }
}
