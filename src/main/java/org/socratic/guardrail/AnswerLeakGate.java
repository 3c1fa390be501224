package org.socratic.guardrail;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the final answer of the student's current item out of tutor output until the student has answered it or
 * reached the worked solution. Equivalent forms count: "2000", "2,000", "two thousand", "x = 5", "5 is the answer",
 * "3/4" for "0.75". A number that the problem itself states is only a leak when it is announced as the answer
 * ("the answer is 4", "x = 4"), because the tutor must be able to talk about the problem.
 */
final class AnswerLeakGate implements GuardrailLayer {
    private static final Pattern ANNOUNCED_BEFORE = Pattern.compile(
            "((answer|solution|result|value of [a-z]|value|total|sum|product|difference|quotient|percent|percentage|fraction|decimal|speed|area|perimeter|volume|rate|distance|length|width|height|cost|price|number|slope|gradient|mean|median|mode|range|average|ratio|probability|angle|radius|diameter|circumference|mass|weight|temperature|remainder|exponent|coefficient|intercept|unknown|missing number|(?<![a-z])[a-z])( you (get|want|need)| you're looking for| here)?( is| was| would be| will be| should be| equals|:|=| =)"
                    + "|(?<![<>!])=|\\bequals|\\bequal to|\\bis equal to|\\bit'?s|\\bthat'?s|\\bget|\\bgives( you)?|\\bcomes to|\\bmakes)\\s*(exactly |just |simply |actually )?$");
    private static final Pattern ANNOUNCED_AFTER = Pattern.compile(
            "^\\s*(is|was|would be|will be)( the| your)( final| correct| right)? (answer|solution)");
    /** "step 2", "question 3", "#4": a label, not a value. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(step|question|problem|number|no\\.|part|line|row|page|exercise|item|#)\\s*$");
    private static final Pattern WEAK_WORD = Pattern.compile("^(one|a)$");
    /** "The whole number between 7 and 9": a description that pins down one integer. */
    private static final Pattern BETWEEN = Pattern.compile(
            "(whole number|integer|number|counting number)s? (that'?s |that is |which is )?(between|in between) (-?\\d+) and (-?\\d+)");
    /** Riddles whose value every child knows ("the number of fingers on one hand"). */
    private static final List<Riddle> RIDDLES = List.of(
            new Riddle("fingers on (one|a|your) hand", 5), new Riddle("toes on (one|a|your) foot", 5),
            new Riddle("days in a week", 7), new Riddle("months in a year", 12), new Riddle("legs (on|of) a spider", 8),
            new Riddle("legs (on|of) an? (insect|ant|bee)", 6), new Riddle("sides (on|of|in) a triangle", 3),
            new Riddle("sides (on|of|in) a (square|rectangle)", 4), new Riddle("sides (on|of|in) a pentagon", 5),
            new Riddle("sides (on|of|in) a hexagon", 6), new Riddle("sides (on|of|in) an octagon", 8),
            new Riddle("wheels (on|of) a (bicycle|bike)", 2), new Riddle("wheels (on|of) a tricycle", 3),
            new Riddle("wheels (on|of) a car", 4), new Riddle("hours in a day", 24),
            new Riddle("minutes in an hour", 60), new Riddle("seconds in a minute", 60),
            new Riddle("days in a (year|non-leap year)", 365), new Riddle("weeks in a year", 52),
            new Riddle("letters in the (english )?alphabet", 26), new Riddle("cents in a dollar", 100),
            new Riddle("legs (on|of) a (dog|cat|horse|cow|table)", 4), new Riddle("eggs in a dozen", 12),
            new Riddle("players on a soccer team", 11), new Riddle("continents", 7),
            new Riddle("planets in (our|the) solar system", 8), new Riddle("strings on a (guitar|violin)", 6));

    private record Riddle(Pattern pattern, double value) {
        /** "days in a week" also matches "days are in a week" and "days there are in a week". */
        Riddle(String regex, double value) {
            this(Pattern.compile("(number of |how many )?" + regex.replaceFirst(" ", "( are| there are| is)? ")), value);
        }
    }

    // A unit may follow each candidate ("nearer 20 minutes or 45 minutes?").
    private static final Pattern CANDIDATE_AFTER = Pattern.compile("^(\\s*[a-z%°]+){0,2}\\s*,?\\s*or\\s+(to\\s+|is it\\s+)?[-$]?\\d");
    private static final Pattern CANDIDATE_BEFORE = Pattern.compile(
            "\\d[\\d,.]*(\\s*[a-z%°]+){0,2}\\s*,?\\s*or\\s+(to\\s+|is it\\s+)?$");

    @Override
    public String name() {
        return "answer_leak";
    }

    @Override
    public LayerResult check(Inspection inspection) {
        GuardrailContext ctx = inspection.context();
        if (inspection.direction() != Direction.OUTPUT || ctx.answered()) return LayerResult.clear();
        Optional<String> answer = ctx.currentAnswer();
        if (answer.isEmpty()) return LayerResult.clear();
        String output = NumberReader.plainNumbers(inspection.normalised().folded());
        String problem = NumberReader.plainNumbers(ctx.problemText().toLowerCase(Locale.ROOT));
        Optional<NumberReader.AnswerValue> value = NumberReader.answerValue(answer.get());
        Optional<String> leak;
        if (value.isPresent()) {
            // The folded text first; then the other variants, where "f i v e" has been joined into "five".
            leak = numericLeak(output, problem, value.get());
            for (String v : inspection.normalised().variants()) {
                if (leak.isPresent()) break;
                leak = numericLeak(NumberReader.plainNumbers(v), problem, value.get());
            }
            if (leak.isEmpty()) leak = describedLeak(output, problem, value.get().number().value());
        } else {
            Optional<TextAnswer> text = TextAnswer.of(answer.get());
            leak = text.flatMap(t -> inspection.normalised().variants().stream().map(v -> t.leak(v, problem))
                    .flatMap(Optional::stream).findFirst());
        }
        return leak.map(reason -> LayerResult.of(List.of(Finding.of(Category.ANSWER_LEAK, 1.0, reason))))
                .orElse(LayerResult.clear());
    }

    private static Optional<String> numericLeak(String output, String problem, NumberReader.AnswerValue answerValue) {
        NumberMention answer = answerValue.number();
        // A number counts as stated by the problem only in the same written form: in "write 3/4 as a percent",
        // the problem states 3/4, and 75 (or 0.75) is the answer, not a restatement.
        Set<String> stated = new HashSet<>();
        for (NumberMention m : NumberReader.read(problem)) stated.add(written(problem, m));
        for (NumberMention m : NumberReader.read(output)) {
            if (!m.sameValue(answer.value()) && !answer.sameValue(m.value())) continue;
            String written = output.substring(m.start(), m.end());
            boolean inProblem = stated.contains(written(output, m)) || fractionOfStated(written(output, m), stated);
            boolean announced = announced(output, m.start(), m.end());
            // "one" is a pronoun as often as a number, unless the answer's unit follows it ("one cup of flour")
            boolean weak = WEAK_WORD.matcher(written).matches() && !unitFollows(output, m.end(), answerValue.unit())
                    || oneOfTwo(output, m.start(), m.end())
                    || LABEL_BEFORE.matcher(output.substring(Math.max(0, m.start() - 12), m.start())).find();
            if (announced || (!inProblem && !weak)) {
                return Optional.of("the answer appears as '" + written + "'" + (announced ? " (announced)" : ""));
            }
        }
        return Optional.empty();
    }

    /** The answer's unit (its first word, plural or not) right after a number: "one cup" for "1 cup". */
    private static boolean unitFollows(String text, int end, String unit) {
        if (unit.isEmpty()) return false;
        String first = unit.split(" ")[0].replaceFirst("s$", "");
        if (first.length() < 2) return false;
        return Pattern.compile("^\\s+" + Pattern.quote(first) + "(e?s)?(?![a-z])").matcher(text.substring(end)).find();
    }

    /** A riddle or a "between" description that fixes the answer, unless the problem itself says it. */
    private static Optional<String> describedLeak(String output, String problem, double answer) {
        java.util.regex.Matcher between = BETWEEN.matcher(output);
        while (between.find()) {
            double low = Double.parseDouble(between.group(4));
            double high = Double.parseDouble(between.group(5));
            if (Math.abs(high - low) == 2 && Math.abs((low + high) / 2 - answer) < 1e-9) {
                return Optional.of("the answer is pinned down as '" + between.group() + "'");
            }
        }
        for (Riddle r : RIDDLES) {
            if (Math.abs(r.value() - answer) > 1e-9) continue;
            java.util.regex.Matcher m = r.pattern().matcher(output);
            if (m.find() && !r.pattern().matcher(problem).find()) {
                return Optional.of("the answer is given as a riddle: '" + m.group() + "'");
            }
        }
        return Optional.empty();
    }

    /** "9/36" when the problem asks "what percent is 9 out of 36?": the problem's own numbers, put as a fraction. */
    private static boolean fractionOfStated(String written, Set<String> stated) {
        java.util.regex.Matcher f = FRACTION.matcher(written);
        return f.matches() && stated.contains(f.group(1)) && stated.contains(f.group(2));
    }

    private static final Pattern FRACTION = Pattern.compile("-?(\\d+)/(\\d+)");

    private static String written(String text, NumberMention m) {
        return text.substring(m.start(), m.end()).replaceAll("[\\s,$]", "");
    }

    /** "Is it closer to 4,800 or to 4,900?": naming the answer as one of two candidates gives nothing away. */
    private static boolean oneOfTwo(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return CANDIDATE_AFTER.matcher(after).find() || CANDIDATE_BEFORE.matcher(before).find();
    }

    private static boolean announced(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return ANNOUNCED_BEFORE.matcher(before).find() || ANNOUNCED_AFTER.matcher(after).find();
    }
}
