package org.socratic.curriculum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the grade 6-8 graph in content/ and compares its edges with the Common Core coherence map. */
class ShippedSkillGraphTest {
    static final Path CONTENT = Path.of("content");
    static final Path COHERENCE = Path.of("..", "shared", "data", "ccss-math-coherence-edges.csv");

    @Test
    void theShippedGraphLoadsWithAtLeast45SkillsInTheThreeDomains() {
        SkillGraph graph = SkillGraph.load(CONTENT);
        assertTrue(graph.size() >= 45, "skills: " + graph.size());
        for (String domain : List.of("rp.", "ns.", "ee.")) {
            long inDomain = graph.skills().stream().filter(s -> s.id().startsWith(domain) && s.grade() >= 6).count();
            assertTrue(inDomain >= 8, domain + " has " + inDomain);
        }
    }

    /** Reports (and bounds below) how many of our edges the standards' authors also draw, possibly through a chain. */
    @Test
    void mostEdgesAreAlsoDrawnByTheCoherenceMap() throws IOException {
        if (!Files.exists(COHERENCE)) return; // the reference data lives outside the repository
        Set<String> arrows = new HashSet<>();
        for (String line : Files.readAllLines(COHERENCE).subList(1, Files.readAllLines(COHERENCE).size())) {
            List<String> cells = csv(line);
            for (String from : standards(cells.get(0))) {
                for (String to : standards(cells.get(1))) arrows.add(from + ">" + to);
            }
        }
        SkillGraph graph = SkillGraph.load(CONTENT);
        int drawn = 0;
        for (Skill skill : graph.skills()) {
            for (String prerequisite : skill.prerequisites()) {
                if (reachable(arrows, short_(graph.skill(prerequisite).ccss()), short_(skill.ccss()))) drawn++;
            }
        }
        System.out.printf("coherence map draws %d of our %d edges (directly or through a chain)%n", drawn,
                graph.edgeCount());
        assertTrue(drawn * 2 >= graph.edgeCount(), drawn + " of " + graph.edgeCount());
    }

    /** 6.RP.A.3a -> 6.RP.3.a, the map's spelling (cluster letter dropped). */
    private static String short_(String ccss) {
        String[] parts = ccss.split("\\.");
        String last = parts[parts.length - 1];
        String number = last.replaceAll("[a-z]$", "");
        String letter = last.length() > number.length() ? "." + last.substring(number.length()) : "";
        return parts[0] + "." + parts[1] + "." + number + letter;
    }

    /** Codes in the map may carry a note ("6.EE.7||whole numbers") or list several standards ("6.EE.3,4"). */
    private static List<String> standards(String cell) {
        String code = cell.split("\\|\\|")[0];
        String[] parts = code.split("\\.");
        if (parts.length >= 3 && parts[2].contains(",")) {
            return java.util.Arrays.stream(parts[2].split(",")).map(n -> parts[0] + "." + parts[1] + "." + n).toList();
        }
        return List.of(code);
    }

    private static boolean reachable(Set<String> arrows, String from, String to) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(from, parent(from)));
        while (!todo.isEmpty()) {
            String node = todo.pop();
            if (!seen.add(node)) continue;
            if (node.equals(to) || node.equals(parent(to)) || to.startsWith(node + ".")) return true;
            for (String arrow : arrows) {
                if (arrow.startsWith(node + ">") || arrow.startsWith(node + ".") && arrow.indexOf('>') > 0
                        && arrow.substring(0, arrow.indexOf('>')).startsWith(node + ".")) {
                    todo.add(arrow.substring(arrow.indexOf('>') + 1));
                }
            }
            if (seen.size() > 400) break;
        }
        return false;
    }

    private static String parent(String code) {
        String[] parts = code.split("\\.");
        return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : code;
    }

    private static List<String> csv(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else cell.append(c);
        }
        cells.add(cell.toString());
        return cells;
    }
}
