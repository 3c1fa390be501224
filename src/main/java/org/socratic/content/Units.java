package org.socratic.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spellings of measurement units, so that "12 cm", "12 centimeters" and "12cm" all name centimetres, "$3.50/lb" and
 * "3.50 dollars per pound" the same rate, and "12 kg" is recognised as a different unit. Units are compared, never
 * converted: a conversion item would otherwise accept its own question as the answer.
 */
final class Units {
    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias("mm", "millimeter", "millimeters", "millimetre", "millimetres");
        alias("cm", "centimeter", "centimeters", "centimetre", "centimetres");
        alias("m", "meter", "meters", "metre", "metres");
        alias("km", "kilometer", "kilometers", "kilometre", "kilometres", "kms");
        alias("in", "inch", "inches", "\"", "ins");
        alias("ft", "foot", "feet", "'");
        alias("yd", "yard", "yards", "yds");
        alias("mi", "mile", "miles");
        alias("mg", "milligram", "milligrams");
        alias("g", "gram", "grams", "gr");
        alias("kg", "kilogram", "kilograms", "kilo", "kilos", "kgs");
        alias("oz", "ounce", "ounces");
        alias("lb", "pound", "pounds", "lbs");
        alias("t", "ton", "tons");
        alias("ml", "milliliter", "milliliters", "millilitre", "millilitres");
        alias("l", "liter", "liters", "litre", "litres");
        alias("cup", "cups", "c");
        alias("pt", "pint", "pints");
        alias("qt", "quart", "quarts");
        alias("gal", "gallon", "gallons");
        alias("floz", "fl oz", "fluid ounce", "fluid ounces");
        alias("s", "sec", "secs", "second", "seconds");
        alias("min", "mins", "minute", "minutes");
        alias("h", "hr", "hrs", "hour", "hours");
        alias("day", "days", "d");
        alias("week", "weeks", "wk", "wks");
        alias("year", "years", "yr", "yrs");
        alias("$", "dollar", "dollars", "usd", "us dollars");
        alias("cent", "cents", "\u00a2");
        alias("%", "percent", "per cent", "pct");
        alias("degf", "\u00b0f", "degrees f", "degrees fahrenheit", "fahrenheit", "deg f");
        alias("degc", "\u00b0c", "degrees c", "degrees celsius", "celsius", "deg c");
        alias("deg", "\u00b0", "degree", "degrees");
        alias("mi/h", "mph", "miles an hour");
        alias("km/h", "kph", "kmh", "kilometers an hour");
    }

    private Units() {}

    private static void alias(String canonical, String... spellings) {
        ALIASES.put(canonical, canonical);
        for (String s : spellings) ALIASES.put(s, canonical);
    }

    /** One spelling for a unit: "Miles per Hour", "mph" and "mi/h" all give "mi/h"; blank gives "". */
    static String canonical(String unit) {
        // "cups of flour" is measured in cups: what follows "of" names the stuff, not the unit.
        String text = unit.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\beach\\b", "")
                .replaceAll("\\s+of\\s+[a-z ]+?(?=\\s+per\\s+|/|$)", "").replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) return "";
        String whole = ALIASES.get(text);
        if (whole != null) return whole;
        String[] parts = text.split("\\s*/\\s*|\\s+per\\s+|\\s+an?\\s+(?=\\w)");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isBlank()) continue;
            if (!out.isEmpty()) out.append('/');
            out.append(single(part.trim()));
        }
        return ALIASES.getOrDefault(out.toString(), out.toString());
    }

    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    /** A unit named the way a person would say it back: "cm", "$", "mi/h". */
    private static String single(String part) {
        String power = "";
        String base = part;
        if (base.startsWith("square ") || base.startsWith("sq ")) {
            base = base.substring(base.indexOf(' ') + 1);
            power = "^2";
        } else if (base.startsWith("cubic ") || base.startsWith("cu ")) {
            base = base.substring(base.indexOf(' ') + 1);
            power = "^3";
        } else if (base.matches(".+\\^?[23]") && ALIASES.containsKey(base.replaceAll("\\^?[23]$", ""))) {
            power = "^" + base.charAt(base.length() - 1);
            base = base.replaceAll("\\^?[23]$", "");
        }
        String known = ALIASES.get(base.trim());
        if (known == null) known = singular(base.trim());
        return known + power;
    }

    /** Counted things ("pages", "laps", "boxes") compare by their singular. */
    private static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
        if (word.matches(".*(ch|sh|x|ss)es")) return word.substring(0, word.length() - 2);
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 2) return word.substring(0, word.length() - 1);
        return word;
    }
}
