package org.socratic.guardrail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socratic.cli.UserInputException;

/**
 * Reads the labelled JSONL files that {@code guardrail train} and {@code guardrail weights} learn from or count in: every
 * line needs {@code labels} and an id unique across the files. Bad lines are all reported with file and line number
 * (the first twenty on standard error) before anything is used.
 */
final class LabelledFiles {
    /** A labelled line and the file it came from. */
    record Labelled(Path file, ScanLine line) {}

    private LabelledFiles() {}

    static List<Labelled> read(List<Path> files) throws IOException {
        ScanLineParser parser = new ScanLineParser(new ObjectMapper(), Set.of());
        List<Labelled> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            List<String> text = textLines(file);
            for (int n = 1; n <= text.size(); n++) {
                if (text.get(n - 1).isBlank()) continue;
                try {
                    ScanLine line = parser.parse(n, text.get(n - 1));
                    if (line.labels().isEmpty()) throw new IllegalArgumentException("no \"labels\" (every line needs them; [] for benign)");
                    if (!ids.add(line.id())) throw new IllegalArgumentException("duplicate id '" + line.id() + "'");
                    out.add(new Labelled(file, line));
                } catch (IllegalArgumentException e) {
                    problems.add(file + ":" + n + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.stream().limit(20).forEach(System.err::println);
            throw new UserInputException(problems.size() + " bad line(s); nothing was done");
        }
        if (out.isEmpty()) throw new UserInputException("no labelled lines in " + files);
        return out;
    }

    /** The lines of a UTF-8 text file, or an error that names the file. */
    static List<String> textLines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new UserInputException("no such file: " + file);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UserInputException(file + ": not UTF-8 text");
        }
    }
}
