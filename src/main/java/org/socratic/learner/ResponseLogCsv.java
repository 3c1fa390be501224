package org.socratic.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a response log from CSV. The header must name {@code user_id}, {@code skill_name} and {@code correct}
 * (0/1 or true/false); an {@code order_id} column, else a {@code timestamp} column (epoch number or ISO date-time),
 * orders the rows, otherwise file order is kept. Other columns are ignored.
 */
final class ResponseLogCsv {
    private static final int EXAMPLES = 5;

    /** What was read, and the rows that were skipped (only when skipping bad rows was asked for). */
    record Result(ResponseLog log, int badRows, List<String> badExamples, String orderedBy) {}

    private ResponseLogCsv() {}

    /**
     * Reads the file. A malformed row is a {@link MalformedLogException} naming its line, unless {@code skipBad},
     * in which case it is counted and up to five examples are kept.
     */
    static Result read(Path file, boolean skipBad) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader, skipBad);
        } catch (NoSuchFileException e) {
            throw new MalformedLogException(file + ": no such file");
        } catch (IOException e) {
            throw new MalformedLogException(file + ": cannot read: " + e.getMessage());
        }
    }

    static Result read(String name, BufferedReader reader, boolean skipBad) throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null) throw new MalformedLogException(name + ": the file is empty");
        Columns columns = Columns.of(name, headerLine);
        Rows rows = new Rows();
        List<String> bad = new ArrayList<>();
        int badRows = 0;
        int lineNumber = 1;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) continue;
            try {
                columns.parseInto(line, rows);
            } catch (IllegalArgumentException e) {
                String message = name + ": line " + lineNumber + ": " + e.getMessage();
                if (!skipBad) throw new MalformedLogException(message + " (use --skip-bad to skip such rows)");
                badRows++;
                if (bad.size() < EXAMPLES) bad.add(message);
            }
        }
        if (rows.size == 0) throw new MalformedLogException(name + ": no rows after the header");
        return new Result(rows.toLog(), badRows, bad, columns.orderedBy());
    }

    /** The positions of the columns this reader uses. */
    private record Columns(int user, int skill, int correct, int order, boolean timestamp, int needed) {
        static Columns of(String name, String headerLine) {
            List<String> header;
            try {
                header = CsvLine.split(headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine);
            } catch (IllegalArgumentException e) {
                throw new MalformedLogException(name + ": line 1 (header): " + e.getMessage());
            }
            List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            int user = require(name, names, "user_id");
            int skill = require(name, names, "skill_name");
            int correct = require(name, names, "correct");
            int order = names.indexOf("order_id");
            boolean timestamp = false;
            if (order < 0) {
                order = names.indexOf("timestamp");
                timestamp = order >= 0;
            }
            int needed = Math.max(Math.max(user, skill), Math.max(correct, order)) + 1;
            return new Columns(user, skill, correct, order, timestamp, needed);
        }

        private static int require(String name, List<String> names, String column) {
            int index = names.indexOf(column);
            if (index < 0) {
                throw new MalformedLogException(name + ": line 1 (header): no '" + column
                        + "' column; the header needs user_id, skill_name and correct, found " + names);
            }
            return index;
        }

        String orderedBy() {
            return order < 0 ? "file order" : timestamp ? "timestamp" : "order_id";
        }

        void parseInto(String line, Rows rows) {
            List<String> fields = CsvLine.split(line);
            if (fields.size() < needed) {
                throw new IllegalArgumentException("expected at least " + needed + " fields, found " + fields.size());
            }
            String userId = fields.get(user).trim();
            String skillName = fields.get(skill).trim();
            if (userId.isEmpty()) throw new IllegalArgumentException("empty user_id");
            if (skillName.isEmpty()) throw new IllegalArgumentException("empty skill_name");
            boolean isCorrect = parseCorrect(fields.get(correct).trim());
            long key = order < 0 ? rows.size : timestamp ? parseTimestamp(fields.get(order).trim())
                    : parseOrderId(fields.get(order).trim());
            rows.add(userId, skillName, isCorrect, key);
        }

        private static boolean parseCorrect(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "1", "1.0", "true" -> true;
                case "0", "0.0", "false" -> false;
                default -> throw new IllegalArgumentException("correct must be 0 or 1, found '" + value + "'");
            };
        }

        private static long parseOrderId(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("order_id must be an integer, found '" + value + "'");
            }
        }

        /** Epoch seconds or milliseconds as a number, else an ISO date-time (a space may stand for the T). */
        private static long parseTimestamp(String value) {
            try {
                return Math.round(Double.parseDouble(value) * 1000);
            } catch (NumberFormatException notNumber) {
                String iso = value.replace(' ', 'T');
                try {
                    return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
                } catch (DateTimeParseException notOffset) {
                    try {
                        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("timestamp is neither a number nor an ISO date-time: '"
                                + value + "'");
                    }
                }
            }
        }
    }

    /** Parsed rows before ordering. */
    private static final class Rows {
        private String[] users = new String[1024];
        private String[] skills = new String[1024];
        private boolean[] correct = new boolean[1024];
        private long[] keys = new long[1024];
        private int size;

        void add(String user, String skill, boolean isCorrect, long key) {
            if (size == users.length) {
                int capacity = size * 2;
                users = Arrays.copyOf(users, capacity);
                skills = Arrays.copyOf(skills, capacity);
                correct = Arrays.copyOf(correct, capacity);
                keys = Arrays.copyOf(keys, capacity);
            }
            users[size] = user;
            skills[size] = skill;
            correct[size] = isCorrect;
            keys[size] = key;
            size++;
        }

        ResponseLog toLog() {
            ResponseLog.Builder builder = ResponseLog.builder();
            for (int row : order()) builder.add(users[row], skills[row], correct[row]);
            return builder.build();
        }

        /** Row indices by key; equal keys keep file order. */
        private int[] order() {
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) sorted = keys[i - 1] <= keys[i];
            int[] rows = new int[size];
            if (sorted) {
                for (int i = 0; i < size; i++) rows[i] = i;
                return rows;
            }
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) boxed[i] = i;
            Arrays.sort(boxed, (a, b) -> Long.compare(keys[a], keys[b])); // stable: ties keep file order
            for (int i = 0; i < size; i++) rows[i] = boxed[i];
            return rows;
        }
    }
}
