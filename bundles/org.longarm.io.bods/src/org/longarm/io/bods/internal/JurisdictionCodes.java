package org.longarm.io.bods.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.longarm.core.graph.ProductLineRecord;

/**
 * The form BODS gives a jurisdiction's code in: ISO 3166-1's two letters for a country ({@code CN}) or an ISO 3166-2
 * subdivision code ({@code CN-BJ}). The schema only limits the length to two to six characters, so ISO's
 * three-letter code ({@code CHN}) or an abbreviation ({@code PRC}) passes it; taken as written, such a code matches
 * no law's scope and a company of that country would come out CLEAR. Two letters that ISO has not assigned
 * ({@code UK}, {@code XK}) are accepted: registers use some of them, and they cannot be mistaken for another code.
 */
final class JurisdictionCodes {

    private static final Pattern ISO_FORM = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    private static final Map<String, String> TWO_LETTERS_BY_THREE = new HashMap<>();

    static {
        for (String twoLetters : Locale.getISOCountries()) {
            TWO_LETTERS_BY_THREE.put(Locale.of("", twoLetters).getISO3Country(), twoLetters);
        }
    }

    private JurisdictionCodes() {
    }

    /**
     * A code as it is stored and judged: the upper case of its match key ({@link ProductLineRecord#matchKey}, as
     * for brands and models: compatibility form, without format characters and surrounding spaces). A code that shows
     * as "CN" is CN; written with a no-break space after it, or in full-width letters, it was out of every law's scope.
     */
    static String normalised(String code) {
        return ProductLineRecord.matchKey(code).toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a {@link #normalised} code, or null when it has ISO's form. */
    static String problem(String code) {
        if (ISO_FORM.matcher(code).matches()) {
            return null;
        }
        String twoLetters = TWO_LETTERS_BY_THREE.get(code);
        if (twoLetters != null) {
            return "\"" + code + "\" is ISO 3166-1's three-letter code for "
                    + Locale.of("", twoLetters).getDisplayCountry(Locale.ENGLISH) + "; BODS gives the two-letter code, \""
                    + twoLetters + "\" (as written, it would match no jurisdiction a law names)";
        }
        return "\"" + code + "\" is not a jurisdiction code: BODS gives a country's two-letter ISO 3166-1 code (as \"CN\") "
                + "or an ISO 3166-2 subdivision code (as \"CN-BJ\")";
    }
}
