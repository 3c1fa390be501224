package org.socratic.testing;

import java.util.ArrayList;
import java.util.List;

/** Parses a text/event-stream body into its events, as a browser's EventSource would. */
public final class SseReader {
    public record Event(String name, String data) {}

    private SseReader() {}

    public static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        String name = "message";
        StringBuilder data = null;
        for (String line : body.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                if (data != null) events.add(new Event(name, data.toString()));
                name = "message";
                data = null;
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                String value = line.substring(5);
                if (value.startsWith(" ")) value = value.substring(1);
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        if (data != null) events.add(new Event(name, data.toString()));
        return events;
    }

    /** The text of the token events, joined. */
    public static String text(List<Event> events) {
        StringBuilder out = new StringBuilder();
        events.stream().filter(e -> e.name().equals("token")).forEach(e -> out.append(e.data()));
        return out.toString();
    }
}
