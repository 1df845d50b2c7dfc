package org.longarm.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.Percentages;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.report.Report;

/**
 * What every format derives from a {@link Report} in the same way: stable orders, counts, entity names, the action
 * severity order and the one-line evidence chain. Pure functions of the report, so every format is deterministic.
 */
final class ReportView {

    /** The URI and version of the JSON report schema ({@code docs/report.schema.json}). */
    static final String SCHEMA = "https://longarm.org/schemas/report/1.2/report.schema.json";

    /** Known actions by severity (0 most severe); actions of other policies come after them, by name. */
    private static final Map<String, Integer> ACTION_RANK = Map.of(
            "REMOVE", 0, "CEASE_DEPLOYMENT", 0, "DISCONNECT_FROM_CORE_NETWORK", 0,
            "CONSIDER_MITIGATION", 1, "REVIEW", 2, "INVESTIGATE", 3);
    /** Rank of an action no known policy gives. */
    static final int OTHER_ACTION = 4;
    /** Rank of a device that needs no action. */
    static final int NO_ACTION = 5;

    /** The known actions in the order reports list them. */
    private static final List<String> KNOWN_ACTIONS = List.of("REMOVE", "CEASE_DEPLOYMENT",
            "DISCONNECT_FROM_CORE_NETWORK", "CONSIDER_MITIGATION", "REVIEW", "INVESTIGATE");

    /** Orders actions: the known ones in severity order, then the others by name. */
    static final Comparator<String> ACTION_ORDER = Comparator
            .<String> comparingInt(a -> KNOWN_ACTIONS.contains(a) ? KNOWN_ACTIONS.indexOf(a) : KNOWN_ACTIONS.size())
            .thenComparing(Comparator.naturalOrder());

    /** Orders devices: most severe action first, then worst verdict, then asset id. */
    static final Comparator<DeviceVerdict> DEVICE_SEVERITY = Comparator
            .<DeviceVerdict> comparingInt(ReportView::deviceRank)
            .thenComparing(DeviceVerdict::verdict)
            .thenComparing(d -> d.device().assetId());

    /** Orders devices by asset id. */
    static final Comparator<DeviceVerdict> DEVICE_ID = Comparator.comparing(d -> d.device().assetId());

    /** Orders entities by key. */
    static final Comparator<EntityVerdict> ENTITY_ID = Comparator.comparing(EntityVerdict::key);

    /** Orders entities: worst verdict first, then name, then key. */
    static final Comparator<EntityVerdict> ENTITY_SEVERITY = Comparator.comparing(EntityVerdict::verdict)
            .thenComparing(e -> e.name() == null ? "" : e.name().toLowerCase(Locale.ROOT))
            .thenComparing(EntityVerdict::key);

    final Report report;
    private final Map<String, EntityVerdict> entitiesByKey = new HashMap<>();

    ReportView(Report report) {
        this.report = report;
        for (EntityVerdict e : report.verdicts().entities()) {
            entitiesByKey.putIfAbsent(e.key(), e);
        }
    }

    static int actionRank(String action) {
        return ACTION_RANK.getOrDefault(action, OTHER_ACTION);
    }

    static int deviceRank(DeviceVerdict d) {
        return d.actions().stream().mapToInt(ReportView::actionRank).min().orElse(NO_ACTION);
    }

    /** The entity verdict for a key, or null. */
    EntityVerdict entity(String key) {
        return key == null ? null : entitiesByKey.get(key);
    }

    /** The name of an entity, or null when the report does not know it. */
    String entityName(String key) {
        EntityVerdict e = entity(key);
        return e == null ? null : e.name();
    }

    /** The entity whose verdict decided a device's: the manufacturer for {@code MANUFACTURED_BY}, else the brand owner. */
    EntityVerdict decidingEntity(DeviceVerdict d) {
        if (d.reasons().contains("MANUFACTURED_BY")) {
            return entity(d.manufacturerKey());
        }
        EntityVerdict owner = entity(d.brandOwnerKey());
        return owner != null ? owner : entity(d.manufacturerKey());
    }

    List<DeviceVerdict> devicesById() {
        return report.verdicts().devices().stream().sorted(DEVICE_ID).toList();
    }

    List<DeviceVerdict> devicesBySeverity() {
        return report.verdicts().devices().stream().sorted(DEVICE_SEVERITY).toList();
    }

    List<EntityVerdict> entitiesById() {
        return report.verdicts().entities().stream().sorted(ENTITY_ID).toList();
    }

    List<EntityVerdict> entitiesBySeverity() {
        return report.verdicts().entities().stream().sorted(ENTITY_SEVERITY).toList();
    }

    /**
     * The graph's files by name, then digest: not by import time, which the report leaves out so that the same files
     * imported give the same report.
     */
    List<ImportedFile> graphFilesByName() {
        return report.graphFiles().stream()
                .sorted(Comparator.comparing((ImportedFile f) -> f.fileName() == null ? "" : f.fileName())
                        .thenComparing(f -> f.sha256() == null ? "" : f.sha256()))
                .toList();
    }

    List<Report.Component> pluginsById() {
        return report.plugins().stream()
                .sorted(Comparator.comparing(Report.Component::id).thenComparing(Report.Component::version))
                .toList();
    }

    /** Entities per verdict, every verdict present, in verdict order. */
    Map<Verdict, Long> entitiesByVerdict() {
        Map<Verdict, Long> counts = zero();
        report.verdicts().entities().forEach(e -> counts.merge(e.verdict(), 1L, Long::sum));
        return counts;
    }

    /** Devices per verdict, every verdict present, in verdict order. */
    Map<Verdict, Long> devicesByVerdict() {
        Map<Verdict, Long> counts = zero();
        report.verdicts().devices().forEach(d -> counts.merge(d.verdict(), 1L, Long::sum));
        return counts;
    }

    /** Devices per action (a device with two actions counts for both), most severe action first. */
    Map<String, Long> devicesByAction() {
        Map<String, Long> counts = new TreeMap<>(ACTION_ORDER);
        for (DeviceVerdict d : report.verdicts().devices()) {
            new LinkedHashSet<>(d.actions()).forEach(a -> counts.merge(a, 1L, Long::sum));
        }
        return new LinkedHashMap<>(counts);
    }

    /** How many devices need at least one action. */
    long devicesNeedingAction() {
        return report.verdicts().devices().stream().filter(d -> !d.actions().isEmpty()).count();
    }

    private static Map<Verdict, Long> zero() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0L);
        }
        return counts;
    }

    /** A number without a trailing {@code .0} or exponent, e.g. {@code 41.88}, {@code 50}. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * What a hop says about its fact in words, e.g. {@code shareholding 41.88%, from 2019-01-01} or
     * {@code shareholding more than 50%}.
     */
    static String hopLabel(Hop hop) {
        StringBuilder s = new StringBuilder(hop.interest() == null ? "interest" : hop.interest());
        if (hop.share() != null) {
            s.append(' ').append(hop.shareText());
        }
        String dates = dates(hop.startDate(), hop.endDate());
        if (!dates.isEmpty()) {
            s.append(", ").append(dates);
        }
        return s.toString();
    }

    /** A validity period in words, or empty when open on both ends. */
    static String dates(LocalDate start, LocalDate end) {
        if (start != null && end != null) {
            return start + " to " + end;
        } else if (start != null) {
            return "from " + start;
        } else if (end != null) {
            return "until " + end;
        }
        return "";
    }

    static String nameOr(String name, String key) {
        return name == null || name.isBlank() ? (key == null ? "?" : key) : name;
    }

    /**
     * The path as one line: {@code PRC state → (controlByLegalFramework) → CETC → (shareholding 41.88%) → Hikvision}.
     * Where a hop's holder is not the previous hop's subject the break is shown as {@code …}.
     */
    static String evidenceLine(List<Hop> path) {
        StringBuilder s = new StringBuilder();
        String previous = null;
        for (Hop hop : path) {
            if (previous == null || !previous.equals(hop.holderKey())) {
                if (previous != null) {
                    s.append(" … ");
                }
                s.append(nameOr(hop.holderName(), hop.holderKey()));
            }
            s.append(" → (").append(hopLabel(hop)).append(") → ").append(nameOr(hop.subjectName(), hop.subjectKey()));
            previous = hop.subjectKey();
        }
        return s.toString();
    }

    /** The sources of a path, each once, in path order. */
    static List<SourceRecord> sources(List<Hop> path) {
        Map<String, SourceRecord> seen = new LinkedHashMap<>();
        List<SourceRecord> unnamed = new ArrayList<>();
        for (Hop hop : path) {
            for (SourceRecord source : hop.sources()) {
                if (source.id() == null) {
                    unnamed.add(source);
                } else {
                    seen.putIfAbsent(source.id() + "\u0000" + source.url(), source);
                }
            }
        }
        List<SourceRecord> all = new ArrayList<>(seen.values());
        all.addAll(unnamed);
        return all;
    }

    /** Whether a URL may become a link: an absolute http or https URL. */
    static boolean linkable(String url) {
        if (url == null) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
