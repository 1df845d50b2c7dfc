package org.longarm.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How Longarm writes a share or a fraction in percent wherever a person reads it (explanations, the command line,
 * reports and the workbench): at most two decimals, rounded half up, without trailing zeros ({@code 41.88%},
 * {@code 50%}), and "more than" before a share whose minimum is exclusive. Data exports keep the exact numbers.
 *
 * @since 1.3
 */
public final class Percentages {

    private Percentages() {
    }

    /**
     * A number of percent without its sign: {@code 41.875} gives {@code 41.88}, {@code 50.0} gives {@code 50}; an
     * infinite or undefined value gives an empty string.
     */
    public static String number(double percent) {
        if (!Double.isFinite(percent)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A number of percent with its sign, e.g. {@code 41.88%}; an empty string for an undefined value. */
    public static String text(double percent) {
        String number = number(percent);
        return number.isEmpty() ? "" : number + "%";
    }

    /**
     * A share with its sign, {@code more than 50%} when {@code above} (a range whose minimum is exclusive, see
     * {@link Hop#shareAbove()}), otherwise as {@link #text(double)}.
     */
    public static String text(double percent, boolean above) {
        String text = text(percent);
        return above && !text.isEmpty() ? "more than " + text : text;
    }
}
