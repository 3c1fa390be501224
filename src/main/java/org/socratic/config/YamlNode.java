package org.socratic.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A read-only view of one node of a YAML file that remembers where it came from. Every typed accessor fails with a
 * {@link ConfigException} naming the file, the line and the dotted key path, so a mistake in a hand-edited file is
 * reported where it is. Values are never coerced silently: {@code "0.7"} is not a number, {@code yes} is not a string.
 */
public final class YamlNode {
    private final Path file;
    private final String path;
    private final Node node;

    private YamlNode(Path file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Parses a file; a syntax error, an empty file or a duplicate key is a {@link ConfigException}. */
    public static YamlNode load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file, reader);
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses text that claims to come from {@code file} (used for uploads and tests). */
    public static YamlNode parse(Path file, String text) {
        return parse(file, new java.io.StringReader(text));
    }

    private static YamlNode parse(Path file, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(20 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) throw new ConfigException(file, 0, null, "the file is empty");
            return new YamlNode(file, "", root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(file, line, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(file, 0, null, "not valid YAML: " + e.getMessage());
        }
    }

    public Path file() { return file; }

    /** The dotted key path from the root, for example {@code families[2].params.a}. */
    public String path() { return path; }

    /** 1-based line where this node starts. */
    public int line() { return node.getStartMark().getLine() + 1; }

    public ConfigException error(String problem) {
        return new ConfigException(file, line(), path, problem);
    }

    public boolean isMapping() { return node instanceof MappingNode; }

    public boolean isSequence() { return node instanceof SequenceNode; }

    public boolean isScalar() { return node instanceof ScalarNode; }

    /** The keys of a mapping, in file order. */
    public List<String> keys() {
        return new ArrayList<>(entries().keySet());
    }

    /** Fails on any key of this mapping that is not in {@code allowed}, to catch typos such as {@code temprature}. */
    public YamlNode allowOnly(String... allowed) {
        Set<String> known = new TreeSet<>(Arrays.asList(allowed));
        for (var entry : entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw entry.getValue().error("unknown key '" + entry.getKey() + "' (expected one of " + known + ")");
            }
        }
        return this;
    }

    public boolean has(String key) {
        return entries().containsKey(key);
    }

    public Optional<YamlNode> find(String key) {
        return Optional.ofNullable(entries().get(key)).filter(n -> !n.isNull());
    }

    /** The value at {@code key}; missing is an error. */
    public YamlNode get(String key) {
        return find(key).orElseThrow(() -> error("missing required key '" + key + "'"));
    }

    public String string(String key) { return get(key).text(); }

    public String string(String key, String fallback) { return find(key).map(YamlNode::text).orElse(fallback); }

    public int integer(String key, int min, int max) { return get(key).asInt(min, max); }

    public int integer(String key, int min, int max, int fallback) {
        return find(key).map(n -> n.asInt(min, max)).orElse(fallback);
    }

    public double decimal(String key, double min, double max) { return get(key).asDouble(min, max); }

    public double decimal(String key, double min, double max, double fallback) {
        return find(key).map(n -> n.asDouble(min, max)).orElse(fallback);
    }

    public boolean bool(String key, boolean fallback) { return find(key).map(YamlNode::asBoolean).orElse(fallback); }

    /** The items of the sequence at {@code key}; missing is an error. */
    public List<YamlNode> list(String key) { return get(key).items(); }

    /** The items of the sequence at {@code key}, or an empty list when the key is absent. */
    public List<YamlNode> listOrEmpty(String key) { return find(key).map(YamlNode::items).orElse(List.of()); }

    /** A sequence of plain strings at {@code key}, or an empty list when absent. */
    public List<String> strings(String key) {
        return listOrEmpty(key).stream().map(YamlNode::text).toList();
    }

    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode seq)) throw error("expected a list");
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            out.add(new YamlNode(file, path + "[" + i + "]", seq.getValue().get(i)));
        }
        return out;
    }

    /** A scalar as text. Quoted or plain, numbers included ({@code 0.5} reads as "0.5"). */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) throw error("expected a single value, not a " + kind());
        return scalar.getValue();
    }

    public int asInt(int min, int max) {
        String raw = text();
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw error("expected a whole number, got '" + raw + "'");
        }
        if (value < min || value > max) throw error("must be between " + min + " and " + max + ", got " + value);
        return value;
    }

    public double asDouble(double min, double max) {
        String raw = text();
        double value;
        try {
            value = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw error("expected a number, got '" + raw + "'");
        }
        if (!(value >= min && value <= max)) throw error("must be between " + min + " and " + max + ", got " + raw);
        return value;
    }

    public boolean asBoolean() {
        return switch (text().trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("expected true or false, got '" + text() + "'");
        };
    }

    private boolean isNull() {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    private String kind() {
        return switch (node) {
            case MappingNode m -> "mapping";
            case SequenceNode s -> "list";
            default -> "value";
        };
    }

    private Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) throw error("expected a mapping of keys to values, not a " + kind());
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new YamlNode(file, path, tuple.getKeyNode()).error("keys must be plain text");
            }
            String key = keyNode.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (out.containsKey(key)) {
                // SnakeYAML's composer keeps the last value silently; a hand-edited file must not.
                throw new YamlNode(file, childPath, keyNode).error("duplicate key '" + key + "' (first at line "
                        + out.get(key).line() + ")");
            }
            out.put(key, new YamlNode(file, childPath, tuple.getValueNode()));
        }
        return out;
    }
}
