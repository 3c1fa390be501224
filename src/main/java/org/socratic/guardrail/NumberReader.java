package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers written in a text, in digits (with thousands separators, decimals, fractions, mixed numbers,
 * percents, LaTeX fractions) and in words ("two thousand and five", "three quarters", "two point five").
 * The text must already be lower case; offsets refer to it.
 */
final class NumberReader {
    /** A number may be followed by a unit ("5cm", "2kg", "3h") but not by other letters ("3x", "5th"). */
    private static final String UNIT_LETTERS = "cmkgslhdyw";
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,/])([-\\u2212]\\s?)?\\$?(?:(\\d+)\\s+(\\d+)\\s*/\\s*(\\d+)|(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)"
                    + "|(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?|(\\.\\d+))(\\s*(?:%|percent\\b))?"
                    + "(?:(k)\\b|\\s*(?:[x×*]|times)\\s*10\\s*\\^\\s*\\(?(-?\\d+)\\)?|e(-?\\d+)\\b)?"
                    + "(?![/\\d]|[a-z&&[^" + UNIT_LETTERS + "]])");
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)?");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
            Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
            Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10),
            Map.entry("twelfth", 12), Map.entry("twelfths", 12), Map.entry("hundredth", 100),
            Map.entry("hundredths", 100));

    private static final Pattern POWER_OF_TEN = Pattern.compile("(?<![x\u00d7*]\\s?)(?<!times )(?<![\\d.])10\\s*\\^\\s*\\(?(\\d)\\)?(?!\\d)");

    private NumberReader() {}

    /**
     * The text with its numbers written plainly: LaTeX fractions as "a/b", the fraction slash and minus sign as ASCII,
     * and a power of ten on its own ("10^3") as the number.
     */
    static String plainNumbers(String text) {
        String plain = text.replaceAll("\\\\d?frac\\{\\s*([^{}]+?)\\s*\\}\\{\\s*([^{}]+?)\\s*\\}", "$1/$2")
                .replace('\u2044', '/').replace('\u2212', '-');
        // A power of ten on its own ("10^3") is the number; after "3.6 x" it is scientific notation, read as such.
        return POWER_OF_TEN.matcher(plain).replaceAll(r -> "1" + "0".repeat(Integer.parseInt(r.group(1))));
    }

    private static final Pattern DOZEN = Pattern.compile("\\b(half a|a|one|two|three|four|five|six|\\d+) dozen( and a half)?\\b");

    static List<NumberMention> read(String lower) {
        List<NumberMention> out = new ArrayList<>();
        Matcher dozen = DOZEN.matcher(lower);
        while (dozen.find()) {
            String n = dozen.group(1);
            double count = switch (n) {
                case "half a" -> 0.5;
                case "a", "one" -> 1;
                default -> n.matches("\\d+") ? Double.parseDouble(n) : UNITS.get(n);
            };
            if (dozen.group(2) != null) count += 0.5;
            out.add(new NumberMention(count * 12, false, dozen.start(), dozen.end()));
        }
        Matcher even = EVEN_CHANCE.matcher(lower);
        while (even.find()) out.add(new NumberMention(0.5, false, even.start(), even.end()));
        readDigits(lower, out);
        readWords(lower, out);
        return out;
    }

    /** "A fifty-fifty chance", "50-50 odds": one half, not fifty or a fraction equal to one. */
    private static final Pattern EVEN_CHANCE = Pattern.compile(
            "(?<![\\w/.-])(fifty-fifty|fifty fifty|50-50|50/50)(?=\\s+(chance|odds|shot|split|bet)\\b)|(?<![\\w-])fifty-fifty(?![\\w-])");
    /** "4.9 thousand", "2 million": digits scaled by the word after them. */
    private static final Pattern SCALE_AFTER = Pattern.compile("^\\s+(hundred|thousand|million|billion)\\b");
    /** "0.666...", "0.8333 repeating": a decimal whose last digits go on forever. */
    private static final Pattern REPEATING_AFTER = Pattern.compile("^(\\.\\.\\.|\u2026|\\s*\\(?repeating\\)?|\\s+recurring)");

    private static void readDigits(String text, List<NumberMention> out) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            double sign = m.group(1) != null ? -1 : 1;
            double value;
            if (m.group(2) != null) {
                double den = Double.parseDouble(m.group(4));
                if (den == 0) continue;
                value = Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3)) / den;
            } else if (m.group(5) != null) {
                double den = Double.parseDouble(m.group(6));
                if (den == 0) continue;
                value = Double.parseDouble(m.group(5)) / den;
            } else if (m.group(7) != null) {
                value = Double.parseDouble(m.group(7).replace(",", "") + (m.group(8) == null ? "" : m.group(8)));
            } else {
                value = Double.parseDouble("0" + m.group(9));
            }
            if (m.group(11) != null) value *= 1000;
            if (m.group(12) != null) value *= Math.pow(10, Integer.parseInt(m.group(12)));
            if (m.group(13) != null) value *= Math.pow(10, Integer.parseInt(m.group(13)));
            int end = m.end();
            boolean plain = m.group(10) == null && m.group(11) == null && m.group(12) == null && m.group(13) == null;
            Matcher scale = SCALE_AFTER.matcher(text.substring(end));
            Matcher repeating = REPEATING_AFTER.matcher(text.substring(end));
            if (plain && m.group(7) != null && scale.find()) {
                value *= SCALES.get(scale.group(1));
                end += scale.end();
            } else if (plain && m.group(8) != null && repeating.find()) {
                value = repeated(m.group(7).replace(",", ""), m.group(8).substring(1));
                end += repeating.end();
            }
            out.add(new NumberMention(sign * value, m.group(10) != null, m.start(), end));
        }
    }

    /**
     * A decimal whose written digits end in a repeating block: the last digit when it is written twice ("0.666",
     * "0.8333"), else the last two digits when written twice ("0.4545"); otherwise the digits as written.
     */
    static double repeated(String whole, String decimals) {
        int n = decimals.length();
        String block = n >= 2 && decimals.charAt(n - 1) == decimals.charAt(n - 2) ? decimals.substring(n - 1)
                : n >= 4 && decimals.substring(n - 2).equals(decimals.substring(n - 4, n - 2)) ? decimals.substring(n - 2)
                : "";
        return Double.parseDouble(whole + "." + decimals + block.repeat(block.isEmpty() ? 0 : 16 / block.length()));
    }

    /** Number words: a run of units, tens, scales and "and", optionally "point" digits, a fraction word, "percent". */
    private static void readWords(String text, List<NumberMention> out) {
        Matcher m = WORD.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        int i = 0;
        while (i < words.size()) {
            int consumed = readWordNumber(text, words, i, out);
            i += Math.max(1, consumed);
        }
    }

    private static int readWordNumber(String text, List<int[]> words, int from, List<NumberMention> out) {
        long total = 0;
        long current = 0;
        boolean any = false;
        int i = from;
        int end = -1;
        boolean negative = false;
        String first = word(text, words, from);
        if (first.equals("negative") || first.equals("minus")) {
            negative = true;
            i++;
        }
        Fraction hyphenated = fractionAt(text, words, i);
        if (hyphenated != null && hyphenated.words() == 1) {
            // "three-fourths"
            double f = hyphenated.value();
            out.add(new NumberMention(negative ? -f : f, false, words.get(from)[0], words.get(i)[1]));
            return i + 1 - from;
        }
        for (; i < words.size(); i++) {
            String w = word(text, words, i);
            // "five, six" is a list of two numbers, not eleven
            if (any && !text.substring(words.get(i - 1)[1], words.get(i)[0]).isBlank()) break;
            int value = wordValue(w);
            if (value >= 10 && any && total == 0 && current >= 10 && current <= 99) {
                // "seventeen seventy-six", "nineteen forty five": a year read in pairs
                current = current * 100 + value;
            } else if (value >= 0) {
                current += value;
            } else if (w.contains("-")) {
                break;
            } else if (w.equals("hundred") && any) {
                current = Math.max(current, 1) * 100;
            } else if (SCALES.containsKey(w) && any) {
                total += Math.max(current, 1) * SCALES.get(w);
                current = 0;
            } else if (w.equals("and") && any && i + 1 < words.size() && isNumberWord(word(text, words, i + 1))) {
                if (fractionAt(text, words, i + 1) != null) break; // "two and three fourths": a mixed number, below
                continue;
            } else if (w.equals("a") && !any && i + 1 < words.size()
                    && (DENOMINATORS.containsKey(word(text, words, i + 1)) || SCALES.containsKey(word(text, words, i + 1)))) {
                current = 1;
                any = true;
                continue;
            } else {
                break;
            }
            any = true;
            end = words.get(i)[1];
        }
        if (!any) return 0;
        double value = total + current;
        int consumed = i - from;
        if (i + 2 < words.size() && word(text, words, i).equals("and") && word(text, words, i + 1).equals("a")
                && word(text, words, i + 2).equals("half")) {
            value += 0.5; // "one and a half"
            end = words.get(i + 2)[1];
            consumed += 3;
            i += 3;
        } else if (i < words.size() && word(text, words, i).equals("and") && fractionAt(text, words, i + 1) != null) {
            Fraction f = fractionAt(text, words, i + 1); // "two and three-fourths", "two and three fourths"
            value += f.value();
            end = words.get(i + f.words())[1];
            consumed += 1 + f.words();
            i += 1 + f.words();
        }
        if (i < words.size()) {
            String next = word(text, words, i);
            if (DENOMINATORS.containsKey(next)) {
                value = value / DENOMINATORS.get(next);
                end = words.get(i)[1];
                consumed++;
            } else if (next.equals("point") && i + 1 < words.size() && UNITS.containsKey(word(text, words, i + 1))) {
                StringBuilder decimals = new StringBuilder();
                int j = i + 1;
                while (j < words.size() && UNITS.containsKey(word(text, words, j)) && UNITS.get(word(text, words, j)) < 10) {
                    decimals.append(UNITS.get(word(text, words, j)));
                    end = words.get(j)[1];
                    j++;
                }
                if (!decimals.isEmpty()) value += Double.parseDouble("0." + decimals);
                consumed = j - from;
            }
        }
        boolean percent = false;
        int k = from + consumed;
        if (k < words.size() && word(text, words, k).equals("percent")) {
            percent = true;
            end = words.get(k)[1];
            consumed++;
        }
        if (end < 0) return consumed;
        out.add(new NumberMention(negative ? -value : value, percent, words.get(from)[0], end));
        return consumed;
    }

    /** The value of a unit or tens word, or of a hyphenated pair of them ("seventy-six"); -1 for any other word. */
    private static int wordValue(String w) {
        int hyphen = w.indexOf('-');
        if (hyphen < 0) return UNITS.getOrDefault(w, -1);
        Integer tens = UNITS.get(w.substring(0, hyphen));
        Integer unit = UNITS.get(w.substring(hyphen + 1));
        // "seventy-six", not "fifty-fifty" (an even chance) or "ten-twelve"
        boolean pair = tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9;
        return pair ? tens + unit : -1;
    }

    /** A proper fraction spelled in words, and how many words it takes: 1 ("three-fourths") or 2 ("three fourths"). */
    private record Fraction(int words, double value) {}

    /** The fraction spelled from word {@code j}, or null ("a half" is read elsewhere). */
    private static Fraction fractionAt(String text, List<int[]> words, int j) {
        if (j >= words.size()) return null;
        String w = word(text, words, j);
        int hyphen = w.indexOf('-');
        String numerator = hyphen > 0 ? w.substring(0, hyphen) : w;
        String denominator = hyphen > 0 ? w.substring(hyphen + 1)
                : j + 1 < words.size() && text.substring(words.get(j)[1], words.get(j + 1)[0]).isBlank()
                        ? word(text, words, j + 1) : "";
        if (!UNITS.containsKey(numerator) || !DENOMINATORS.containsKey(denominator)) return null;
        return new Fraction(hyphen > 0 ? 1 : 2, (double) UNITS.get(numerator) / DENOMINATORS.get(denominator));
    }

    private static boolean isNumberWord(String w) {
        return wordValue(w) >= 0 || SCALES.containsKey(w);
    }

    private static String word(String text, List<int[]> words, int i) {
        int[] w = words.get(i);
        return text.substring(w[0], w[1]);
    }

    /** A numeric answer: its value, and the unit written after it ("cm²", "km/h", "cups"; empty when none). */
    record AnswerValue(NumberMention number, String unit) {}

    /** Letters, a slash, a power or a degree sign after the number, in at most three words: a unit. */
    private static final Pattern UNIT = Pattern.compile("[a-z\u00b0\u00b2\u00b3][a-z\u00b0\u00b2\u00b3/^23.]*( [a-z\u00b2\u00b3/^23.]+){0,2}");

    /**
     * The value of an answer written on its own ("2,000", "x = 5", "3/4", "75%", "two thousand", "50 km/h", "1 cup"),
     * if numeric. Words before the number ("World War 2", "Route 66") make it a name, not a value.
     */
    static java.util.Optional<AnswerValue> answerValue(String answer) {
        String lower = plainNumbers(answer.toLowerCase(java.util.Locale.ROOT).trim())
                .replaceFirst("^[a-z]\\s*=\\s*", "");
        List<NumberMention> mentions = read(lower);
        if (mentions.size() != 1) return java.util.Optional.empty();
        NumberMention only = mentions.getFirst();
        if (!lower.substring(0, only.start()).replaceAll("[\\s$]", "").isEmpty()) return java.util.Optional.empty();
        String unit = lower.substring(only.end()).trim().replaceFirst("\\.$", "");
        if (unit.isEmpty() || UNIT.matcher(unit).matches() && unit.length() <= 24) {
            return java.util.Optional.of(new AnswerValue(only, unit));
        }
        return java.util.Optional.empty();
    }
}
