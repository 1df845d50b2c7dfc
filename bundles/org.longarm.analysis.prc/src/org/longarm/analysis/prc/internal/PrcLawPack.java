package org.longarm.analysis.prc.internal;

import java.util.List;
import java.util.Set;

import org.longarm.core.analysis.Citation;
import org.longarm.core.analysis.LawPack;

/**
 * The PRC National Intelligence Law (2017, amended 2018): in scope are organisations registered in mainland China,
 * PRC nationals and the PRC state and its bodies; Hong Kong and Macao are special administrative regions, flagged
 * but in scope only when the user says so (their own National Security Law of 2020 is why they are flagged).
 */
public final class PrcLawPack implements LawPack {

    @Override
    public String id() {
        return "prc-nil";
    }

    @Override
    public String name() {
        return "PRC National Intelligence Law";
    }

    @Override
    public String version() {
        return "2018.1";
    }

    @Override
    public Set<String> scopeJurisdictions() {
        return Set.of("CN");
    }

    @Override
    public Set<String> specialRegions() {
        // CN-HK and CN-MO, ISO 3166-2's codes since 2017, are special regions by the engine's rule for subdivisions;
        // the numeric codes of before are listed, as data coded then still uses them; in this order, as the workbench
        // names them
        return java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(java.util.List.of("HK", "MO", "CN-91", "CN-92")));
    }

    @Override
    public List<Citation> citations() {
        return List.of(
                new Citation("NIL Art. 7", "All organisations and citizens shall support, assist and cooperate with "
                        + "national intelligence work.", "https://www.chinalawtranslate.com/en/national-intelligence-law-of-the-p-r-c-2017/"),
                new Citation("NIL Art. 14", "State intelligence work institutions may require relevant organs, "
                        + "organisations and citizens to provide necessary support, assistance and cooperation.",
                        "https://www.chinalawtranslate.com/en/national-intelligence-law-of-the-p-r-c-2017/"),
                new Citation("CSL Art. 28", "Network operators shall provide technical support and assistance to "
                        + "public security and state security organs.",
                        "https://digichina.stanford.edu/work/translation-cybersecurity-law-of-the-peoples-republic-of-china-effective-june-1-2017/"),
                new Citation("DSL Art. 35", "Organisations and individuals shall cooperate when public security or "
                        + "state security organs lawfully access data for national security.",
                        "https://digichina.stanford.edu/work/translation-data-security-law-of-the-peoples-republic-of-china/"));
    }
}
