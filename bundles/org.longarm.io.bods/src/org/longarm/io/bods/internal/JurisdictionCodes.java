package org.longarm.io.bods.internal;

import java.util.HashMap;
import java.util.List;
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
    /** Two-letter codes by {@link #nameKey}: the JDK's names of ISO 3166-1 countries in English and Chinese, others. */
    private static final Map<String, String> CODES_BY_NAME = new HashMap<>();

    static {
        for (String twoLetters : Locale.getISOCountries()) {
            Locale country = Locale.of("", twoLetters);
            TWO_LETTERS_BY_THREE.put(country.getISO3Country(), twoLetters);
            for (Locale language : new Locale[] { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE,
                    Locale.TRADITIONAL_CHINESE }) {
                CODES_BY_NAME.putIfAbsent(nameKey(country.getDisplayCountry(language)), twoLetters);
            }
        }
        // names registers and publishers use for the countries of the scope and its special regions (the UN's
        // "China, Hong Kong SAR" among them), ISO 3166-1's English short names where the JDK's differ, and a few others
        Map.ofEntries(Map.entry("CN", List.of("People's Republic of China", "PRC", "PR China", "China PRC",
                "Mainland China", "China Mainland", "Chinese", "中华人民共和国", "中華人民共和國", "中国大陆", "中國大陸", "中国内地",
                "中國內地")),
                Map.entry("HK", List.of("Hong Kong", "Hong Kong SAR", "Hong Kong China", "China Hong Kong",
                        "China Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR", "香港", "中国香港",
                        "中國香港", "香港特别行政区", "香港特別行政區")),
                Map.entry("MO", List.of("Macao", "Macau", "Macao SAR", "Macau SAR", "Macao China", "Macau China",
                        "China Macao", "China Macao SAR", "Macao Special Administrative Region", "Macanese", "澳门", "澳門",
                        "中国澳门", "中國澳門", "澳门特别行政区", "澳門特別行政區")),
                Map.entry("TW", List.of("Taiwan, Province of China", "Taiwanese", "台湾", "台灣")),
                Map.entry("GB", List.of("UK", "Great Britain", "Britain", "British",
                        "United Kingdom of Great Britain and Northern Ireland")),
                Map.entry("US", List.of("USA", "US", "United States of America", "American")),
                Map.entry("RU", List.of("Russian Federation")), Map.entry("KR", List.of("Korea, Republic of")),
                Map.entry("KP", List.of("Korea, Democratic People's Republic of")),
                Map.entry("VN", List.of("Viet Nam")), Map.entry("IR", List.of("Iran, Islamic Republic of")),
                Map.entry("LA", List.of("Lao People's Democratic Republic")), Map.entry("SY", List.of("Syrian Arab Republic")),
                Map.entry("TR", List.of("Turkey")), Map.entry("CZ", List.of("Czech Republic")))
                .forEach((code, names) -> names.forEach(name -> CODES_BY_NAME.put(nameKey(name), code)));
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

    /**
     * The two-letter code of the country that {@code name} names — as the JDK (CLDR) names it in English or Chinese
     * ({@code China}, {@code 中国}), as ISO 3166-1's English short name does ({@code Viet Nam}), or as registers often
     * do ({@code People's Republic of China}, {@code China, Hong Kong SAR}, {@code UK}, the adjective {@code Chinese})
     * — or null. BODS requires a jurisdiction's name and makes its code
     * optional; a name alone that Longarm did not link would leave a Chinese company without a jurisdiction, and a
     * Chinese national with a second nationality judged by that one alone.
     */
    static String ofName(String name) {
        return name == null ? null : CODES_BY_NAME.get(nameKey(name));
    }

    /**
     * A name's case, compatibility forms, punctuation (a full stop or apostrophe joins what it stands between:
     * {@code P.R.C.} is {@code prc}, {@code People's} is {@code peoples}; a comma, hyphen or bracket parts it), a leading
     * "the" and runs of spaces do not count.
     */
    private static String nameKey(String name) {
        String key = ProductLineRecord.matchKey(name).replaceAll("[.'’‘`]", "")
                .replaceAll("[\\s\\p{Punct}，、（）·]+", " ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
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
