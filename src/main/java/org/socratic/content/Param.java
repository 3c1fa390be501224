package org.socratic.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** How one item parameter is drawn. */
sealed interface Param {
    /** One value for this parameter (a BigDecimal, a String, or a Map of named values). */
    Object draw(Random random);

    /** Whole numbers from {@code low} to {@code high} inclusive, in steps of {@code step}. */
    record IntRange(long low, long high, long step) implements Param {
        public IntRange {
            if (high < low) throw new IllegalArgumentException("the range is empty: " + low + " > " + high);
            if (step < 1) throw new IllegalArgumentException("step must be at least 1");
        }

        @Override
        public Object draw(Random random) {
            long count = (high - low) / step + 1;
            return BigDecimal.valueOf(low + step * random.nextLong(count));
        }
    }

    /** Decimals from {@code low} to {@code high} inclusive, in steps of {@code step} (for example 0.25). */
    record DecimalRange(BigDecimal low, BigDecimal high, BigDecimal step) implements Param {
        public DecimalRange {
            if (high.compareTo(low) < 0) throw new IllegalArgumentException("the range is empty: " + low + " > " + high);
            if (step.signum() <= 0) throw new IllegalArgumentException("step must be positive");
        }

        @Override
        public Object draw(Random random) {
            long count = high.subtract(low).divideToIntegralValue(step).longValueExact() + 1;
            return low.add(step.multiply(BigDecimal.valueOf(random.nextLong(count)))).stripTrailingZeros();
        }
    }

    /** One of a list: numbers, words, or groups of named values such as {@code {name: Maya, pet: cats}}. */
    record Choice(List<Object> values) implements Param {
        public Choice {
            values = List.copyOf(values);
            if (values.isEmpty()) throw new IllegalArgumentException("the choice list is empty");
        }

        @Override
        public Object draw(Random random) {
            Object value = values.get(random.nextInt(values.size()));
            return value instanceof Map<?, ?> m ? Map.copyOf(m) : value;
        }
    }
}
