package org.socratic.guardrail.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.socratic.config.ConfigException;

/**
 * A trained classifier on disk ({@code guardrails/classifier/model.bin}): gzip of a magic word, a JSON header (labels,
 * dimensions, hash bits, thresholds, each label's {@link Reach}, the first names read as one token, and how it was
 * trained) and the weights. A file
 * without {@code reach} (written before it was recorded) gets the bound that holds for any embedding. Hash buckets no
 * training text reached
 * keep a zero weight and are not stored. A file that is not one, is cut short, or disagrees with its header is a
 * {@link ConfigException} naming the file.
 */
public final class ClassifierFile {
    private static final String MAGIC = "socratic-guardrail-classifier";
    /** 2: hashed words count as if a text had at least {@link Features#FEWEST_COUNTED} of them (1 had no floor). */
    private static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far above any sentence embedding; a header asking for more is not a model but an attempt to exhaust memory. */
    private static final int MAX_DIMS = 4096;
    /** At most one label per category. */
    private static final int MAX_LABELS = 16;
    /** 8 million weights (32 MB): four times the shipped model's 12 labels of 2^18 buckets. */
    private static final long MAX_WEIGHTS = 1L << 23;

    private ClassifierFile() {}

    /** A model and the header it was stored with ({@code training} holds the trainer's own record). */
    public record Stored(LinearClassifier model, JsonNode training) {}

    public static void write(Path file, LinearClassifier model, JsonNode training) {
        ObjectNode header = JSON.createObjectNode().put("dims", model.dims()).put("bits", model.hasher().bits());
        var labels = header.putArray("labels");
        var thresholds = header.putObject("thresholds");
        // Only a recorded reach is written: without one, the reader derives the bound from the weights, as here.
        ObjectNode reach = model.reachRecorded() ? header.putObject("reach") : null;
        for (int l = 0; l < model.labels().size(); l++) {
            labels.add(model.labels().get(l));
            thresholds.put(model.labels().get(l), model.threshold(l));
            if (reach != null) reach.putArray(model.labels().get(l)).add(model.reach(l).lowest()).add(model.reach(l).highest());
        }
        if (!model.hasher().names().isEmpty()) {
            var names = header.putArray("names");
            model.hasher().names().stream().sorted().forEach(names::add);
        }
        header.set("training", training);
        // Written beside the target and moved over it: a failure half-way never leaves a cut model for the service.
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (var raw = Files.newOutputStream(partial);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
                out.writeUTF(MAGIC);
                out.writeInt(VERSION);
                byte[] h = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(header);
                out.writeInt(h.length);
                out.write(h);
                for (int l = 0; l < model.labels().size(); l++) {
                    out.writeFloat(model.bias()[l]);
                    for (float w : model.dense()[l]) out.writeFloat(w);
                    float[] sparse = model.sparse()[l];
                    int stored = 0;
                    for (float w : sparse) if (w != 0) stored++;
                    out.writeInt(stored);
                    int previous = 0;
                    for (int i = 0; i < sparse.length; i++) {
                        if (sparse[i] == 0) continue;
                        writeVarInt(out, i - previous);
                        out.writeFloat(sparse[i]);
                        previous = i;
                    }
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The first names the model reads as one token ({@link WordHasher#NAME}); none in a file without {@code names}. */
    private static java.util.Set<String> names(JsonNode header, Path file) {
        JsonNode node = header.path("names");
        if (node.isMissingNode()) return java.util.Set.of();
        java.util.Set<String> names = new java.util.HashSet<>();
        if (node.isArray()) for (JsonNode n : node) if (n.isTextual() && n.asText().matches("[a-z]{2,30}")) names.add(n.asText());
        if (!node.isArray() || names.size() != node.size()) {
            throw new ConfigException(file, 0, "names", "needs a list of distinct lower-case first names (2 to 30 letters a-z)");
        }
        return names;
    }

    public static Stored read(Path file) {
        if (!Files.isRegularFile(file)) throw new ConfigException(file, 0, null, "the classifier model does not exist");
        try (var raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            if (!MAGIC.equals(in.readUTF())) throw new ConfigException(file, 0, null, "not a guardrail classifier model");
            int version = in.readInt();
            if (version != VERSION) {
                throw new ConfigException(file, 0, null, "model format " + version + " is not supported (expected " + VERSION
                        + "): retrain it with ./socratic guardrail train (scripts/train-guardrail.sh)");
            }
            int headerLength = in.readInt();
            if (headerLength <= 0 || headerLength > 1 << 20) throw new ConfigException(file, 0, null, "bad header length");
            JsonNode header = JSON.readTree(new String(in.readNBytes(headerLength), StandardCharsets.UTF_8));
            if (header == null || !header.isObject()) throw new ConfigException(file, 0, null, "the header is not a JSON object");
            JsonNode dimsNode = header.path("dims");
            JsonNode bitsNode = header.path("bits");
            if (!dimsNode.isInt() || dimsNode.asInt() < 1 || dimsNode.asInt() > MAX_DIMS) {
                throw new ConfigException(file, 0, "dims", "dims must be a whole number from 1 to " + MAX_DIMS);
            }
            if (!bitsNode.isInt() || bitsNode.asInt() < 8 || bitsNode.asInt() > 24) {
                throw new ConfigException(file, 0, "bits", "bits must be a whole number from 8 to 24");
            }
            int dims = dimsNode.asInt();
            int bits = bitsNode.asInt();
            JsonNode labelsNode = header.path("labels");
            if (!labelsNode.isArray() || labelsNode.isEmpty() || labelsNode.size() > MAX_LABELS) {
                throw new ConfigException(file, 0, "labels", "labels must be a list of 1 to " + MAX_LABELS + " names");
            }
            List<String> labels = new ArrayList<>();
            for (JsonNode l : labelsNode) {
                if (!l.isTextual() || labels.contains(l.asText())) {
                    throw new ConfigException(file, 0, "labels", "labels must be distinct names: " + labelsNode);
                }
                labels.add(l.asText());
            }
            if ((long) labels.size() * ((1L << bits) + dims) > MAX_WEIGHTS) {
                throw new ConfigException(file, 0, "bits", labels.size() + " labels of 2^" + bits + " buckets are more weights than a guardrail model has");
            }
            WordHasher hasher = new WordHasher(bits, names(header, file));
            double[] thresholds = new double[labels.size()];
            JsonNode reachNode = header.path("reach");
            Reach[] reach = reachNode.isMissingNode() ? null : new Reach[labels.size()];
            float[][] dense = new float[labels.size()][dims];
            float[][] sparse = new float[labels.size()][1 << bits];
            float[] bias = new float[labels.size()];
            for (int l = 0; l < labels.size(); l++) {
                JsonNode t = header.path("thresholds").path(labels.get(l));
                if (!t.isNumber() || t.asDouble() <= 0 || t.asDouble() >= 1) {
                    throw new ConfigException(file, 0, "thresholds." + labels.get(l), "needs a threshold between 0 and 1");
                }
                thresholds[l] = t.asDouble();
                if (reach != null) {
                    JsonNode r = reachNode.path(labels.get(l));
                    try {
                        if (!r.isArray() || r.size() != 2 || !r.get(0).isNumber() || !r.get(1).isNumber()) {
                            throw new IllegalArgumentException("not two numbers");
                        }
                        reach[l] = new Reach(r.get(0).asDouble(), r.get(1).asDouble());
                    } catch (IllegalArgumentException e) {
                        throw new ConfigException(file, 0, "reach." + labels.get(l),
                                "needs [lowest, highest]: zero or less, then zero or more");
                    }
                }
                bias[l] = finite(in.readFloat(), file);
                for (int i = 0; i < dims; i++) dense[l][i] = finite(in.readFloat(), file);
                int stored = in.readInt();
                if (stored < 0 || stored > sparse[l].length) throw new ConfigException(file, 0, null, "bad weight count " + stored);
                int index = -1;
                for (int k = 0; k < stored; k++) {
                    int delta = readVarInt(in);
                    // The first index may be 0; every later one comes after the one before.
                    if (delta < 0 || delta >= sparse[l].length || k > 0 && delta < 1) {
                        throw new ConfigException(file, 0, null, "weight indices out of order or out of range");
                    }
                    index = k == 0 ? delta : index + delta;
                    if (index >= sparse[l].length) throw new ConfigException(file, 0, null, "weight index out of range");
                    sparse[l][index] = finite(in.readFloat(), file);
                }
            }
            if (in.read() != -1) throw new ConfigException(file, 0, null, "data after the last weight");
            LinearClassifier model = new LinearClassifier(labels, dims, hasher, dense, sparse, bias, thresholds, reach);
            return new Stored(model, header.path("training"));
        } catch (EOFException e) {
            throw new ConfigException(file, 0, null, "the model file is cut short");
        } catch (ZipException e) {
            throw new ConfigException(file, 0, null, "not a gzip file: " + e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read the model: " + e.getMessage());
        }
    }

    private static float finite(float w, Path file) {
        if (!Float.isFinite(w)) throw new ConfigException(file, 0, null, "a weight is not a finite number");
        return w;
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new IOException("malformed varint");
    }
}
