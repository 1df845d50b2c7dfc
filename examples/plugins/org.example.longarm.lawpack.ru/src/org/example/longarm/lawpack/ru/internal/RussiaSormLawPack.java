package org.example.longarm.lawpack.ru.internal;

import java.util.List;
import java.util.Set;

import org.longarm.core.analysis.Citation;
import org.longarm.core.analysis.LawPack;

/**
 * The Russian Federation's compelled-cooperation laws as data: telecom operators and "organisers of information
 * dissemination" must install SORM interception equipment, store communications and hand them (and the keys to
 * decrypt them) to the FSB. In scope: organisations registered in Russia, Russian nationals and the Russian state
 * and its bodies; the verdict rules are Longarm's own (docs/verdict-rules.md). Pure data: no code runs but this.
 * Select it with {@code longarm analyze --law-pack ru-sorm}.
 */
public final class RussiaSormLawPack implements LawPack {

    @Override
    public String id() {
        return "ru-sorm";
    }

    @Override
    public String name() {
        return "Russian Federation SORM and Yarovaya laws";
    }

    @Override
    public String version() {
        return "2016.1";
    }

    @Override
    public Set<String> scopeJurisdictions() {
        return Set.of("RU");
    }

    @Override
    public Set<String> specialRegions() {
        // Belarus: Union State; its own KGB law and SORM-like rules, flagged, not in scope of Russian law by default
        return Set.of("BY");
    }

    @Override
    public List<Citation> citations() {
        return List.of(
                new Citation("126-FZ Art. 64", "Communications operators shall provide the bodies conducting "
                        + "operational-search activities with information on users and services, and equip their "
                        + "networks with the means (SORM) to carry out such activities.",
                        "https://www.consultant.ru/document/cons_doc_LAW_43224/"),
                new Citation("149-FZ Art. 10.1", "Organisers of information dissemination shall store users' "
                        + "communications and data and provide them, and the keys to decode them, to the FSB.",
                        "https://www.consultant.ru/document/cons_doc_LAW_61798/"),
                new Citation("374-FZ (2016)", "The \"Yarovaya\" amendments: content of communications stored for up "
                        + "to six months, metadata for up to three years, available to the security services.",
                        "https://www.consultant.ru/document/cons_doc_LAW_201078/"),
                new Citation("40-FZ Art. 15", "Enterprises, institutions and organisations shall assist the bodies "
                        + "of the Federal Security Service in carrying out their duties.",
                        "https://www.consultant.ru/document/cons_doc_LAW_6300/"));
    }
}
