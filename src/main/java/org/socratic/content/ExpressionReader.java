package org.socratic.content;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * Reads a typed algebraic expression with exp4j (which handles implicit multiplication such as "3x" and
 * "2(x + 1)"). Variables are single letters; "xy" is x times y. Only exp4j's own functions such as sqrt are words.
 */
final class ExpressionReader {
    /** A readable expression and the letters it uses. */
    record Formula(String text, Set<String> variables, Expression compiled) {
        double at(java.util.Map<String, Double> point) {
            Expression e = new Expression(compiled);
            for (String v : variables) e.setVariable(v, point.getOrDefault(v, 0.0));
            try {
                return e.evaluate();
            } catch (ArithmeticException | IllegalArgumentException ex) {
                return Double.NaN;
            }
        }
    }

    private static final Set<String> FUNCTIONS = Set.of("sqrt", "cbrt", "abs");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z]+");
    private static final Pattern ALLOWED = Pattern.compile("[0-9a-zA-Z.+\\-*/^() ]*");

    private ExpressionReader() {}

    static Parsed<Formula> read(String typed) {
        String text = MathText.plain(typed).replace("[", "(").replace("]", ")").replace("{", "(").replace("}", ")");
        if (text.isEmpty()) return Parsed.problem("Type an answer first.");
        if (text.contains("=") || text.contains("<") || text.contains(">")) {
            return Parsed.problem("Give an expression, without = or an inequality sign.");
        }
        if (!ALLOWED.matcher(text).matches()) {
            String bad = text.replaceAll("[0-9a-zA-Z.+\\-*/^() ]", "");
            return Parsed.problem("I cannot read the symbol '" + bad.charAt(0) + "' in an expression. Use + - * / ^ "
                    + "and brackets.");
        }
        if (text.matches(".*\\d,\\d.*")) return Parsed.problem("Remove the commas from numbers (write 2000, not 2,000).");
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) return Parsed.problem("There is a ')' without a matching '('.");
        }
        if (depth > 0) return Parsed.problem("A bracket is not closed: add ')'.");
        Set<String> variables = new TreeSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (FUNCTIONS.contains(word.toLowerCase())) continue;
            for (char c : word.toCharArray()) variables.add(String.valueOf(c));
        }
        String spaced = spaceOutLetters(text);
        try {
            Expression compiled = new ExpressionBuilder(spaced).variables(variables).implicitMultiplication(true).build();
            var validation = compiled.validate(false);
            if (!validation.isValid()) return Parsed.problem(unreadable(text));
            return Parsed.ok(new Formula(text, Set.copyOf(variables), compiled));
        } catch (RuntimeException e) {
            return Parsed.problem(unreadable(text));
        }
    }

    /** "3xy" becomes "3x y" so exp4j sees two variables; function names stay whole. */
    private static String spaceOutLetters(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String replacement = FUNCTIONS.contains(word.toLowerCase()) ? word.toLowerCase()
                    : String.join("*", word.split(""));
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static String unreadable(String text) {
        if (text.matches(".*[+\\-*/^]\\s*$")) return "The expression ends with an operation sign; finish it.";
        if (text.matches(".*[+*/^]\\s*[+*/^].*")) return "Two operation signs are next to each other.";
        return "I could not read '" + text + "' as an expression. Write it like 3x + 2 or 4(x - 1).";
    }
}
