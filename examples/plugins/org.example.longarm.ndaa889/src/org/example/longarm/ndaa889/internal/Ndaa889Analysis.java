package org.example.longarm.ndaa889.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.AnalysisContext;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.Hop;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.InterestRecord;
import org.longarm.model.EntityType;
import org.longarm.model.InterestType;

/**
 * US NDAA FY2019 section 889 and the FCC Covered List: equipment produced by Huawei, ZTE, Hytera, Hikvision or Dahua
 * "or any subsidiary or affiliate of such entities".
 * <p>
 * The named companies are found by name (parameter {@code names}, {@code ;}-separated, matched as whole words,
 * case-insensitively) and by record id (parameter {@code ids}, {@code ,}-separated). A named company controlled by
 * another named one counts as its subsidiary. Control is an interest valid at the as-of date that is a
 * shareholding or voting right of at least {@code control-at-least} percent (default 50; the minimum of a range
 * counts) or a control interest (board appointment, company rules, legal framework).
 * <ul>
 * <li>{@code COVERED_ENTITY}: a named company;</li>
 * <li>{@code COVERED_SUBSIDIARY}: an entity a named company controls, directly or through others;</li>
 * <li>{@code COVERED_AFFILIATE}: an organisation that controls a named company (up to {@code parent-depth} levels,
 * default 3; states, state bodies and persons are not followed, or every state-owned company would be an affiliate)
 * and what such a parent controls (sibling affiliates under common control).</li>
 * </ul>
 * A device is flagged with the code of its manufacturer or brand owner (the more direct one wins); the evidence
 * path runs from the named company to the entity, then to the device's product line.
 */
public final class Ndaa889Analysis implements Analysis {

    public static final String ID = "ndaa-889";

    /** The companies section 889 names, as the FCC Covered List spells them (without the company form). */
    public static final List<String> DEFAULT_NAMES = List.of("Huawei Technologies", "ZTE Corporation",
            "Hytera Communications", "Hikvision Digital Technology", "Dahua Technology");

    private static final Set<InterestType> CONTROL_TYPES = Set.of(InterestType.APPOINTMENT_OF_BOARD,
            InterestType.CONTROL_VIA_COMPANY_RULES_OR_ARTICLES, InterestType.CONTROL_BY_LEGAL_FRAMEWORK);

    /** Codes from the most to the least direct. */
    static final List<String> CODES = List.of("COVERED_ENTITY", "COVERED_SUBSIDIARY", "COVERED_AFFILIATE");

    /** Why an entity is covered: the code, the named company it comes from and the evidence. */
    record Covered(String code, String namedKey, List<Hop> path) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "US NDAA §889 / FCC Covered List";
    }

    @Override
    public String description() {
        return "Flags devices produced (brand owner or manufacturer) by Huawei, ZTE, Hytera, Hikvision or Dahua, "
                + "or by their subsidiaries and affiliates, with the ownership chain as evidence.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<Finding> run(AnalysisContext context, IProgressMonitor monitor) throws Exception {
        Map<String, String> parameters = context.parameters();
        double controlAtLeast = Double.parseDouble(parameters.getOrDefault("control-at-least", "50"));
        int parentDepth = Integer.parseInt(parameters.getOrDefault("parent-depth", "3"));
        List<String> names = parameters.containsKey("names")
                ? Arrays.stream(parameters.get("names").split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : DEFAULT_NAMES;
        List<String> ids = parameters.containsKey("ids")
                ? Arrays.stream(parameters.get("ids").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of();

        Map<String, EntityRecord> entities = new TreeMap<>();
        context.graph().entities(e -> entities.put(e.key(), e), monitor);
        checkCanceled(monitor);
        Map<String, List<InterestRecord>> controls = new HashMap<>();
        Map<String, List<InterestRecord>> controlledBy = new HashMap<>();
        LocalDate asOf = context.asOf();
        context.graph().interests(i -> {
            if (valid(i, asOf) && controlling(i, controlAtLeast) && !i.holderKey().equals(i.subjectKey())) {
                controls.computeIfAbsent(i.holderKey(), k -> new ArrayList<>()).add(i);
                controlledBy.computeIfAbsent(i.subjectKey(), k -> new ArrayList<>()).add(i);
            }
        }, monitor);
        checkCanceled(monitor);
        Comparator<InterestRecord> stable = Comparator.comparing(InterestRecord::relationshipKey)
                .thenComparingInt(InterestRecord::index);
        controls.values().forEach(l -> l.sort(stable));
        controlledBy.values().forEach(l -> l.sort(stable));

        Set<String> named = new TreeSet<>();
        for (String id : ids) {
            if (!entities.containsKey(id)) {
                throw new IllegalArgumentException("parameter " + ID + ".ids: no entity with record id '" + id + "'");
            }
            named.add(id);
        }
        List<String> patterns = names.stream().map(Ndaa889Analysis::normalise).toList();
        for (EntityRecord e : entities.values()) {
            String name = " " + normalise(e.name()) + " ";
            if (!e.person() && patterns.stream().anyMatch(p -> name.contains(" " + p + " "))) {
                named.add(e.key());
            }
        }

        Map<String, Covered> covered = new LinkedHashMap<>();
        // what each named company controls, directly or indirectly: its subsidiaries
        Map<String, Map<String, List<Hop>>> below = new TreeMap<>();
        for (String key : named) {
            below.put(key, descendants(key, controls, entities));
        }
        Set<String> top = new TreeSet<>(named);
        for (String key : named) {
            below.get(key).keySet().forEach(top::remove);
        }
        top.forEach(key -> covered.put(key, new Covered("COVERED_ENTITY", key, List.of())));
        for (String key : top) {
            below.get(key).forEach((sub, path) -> covered.putIfAbsent(sub, new Covered("COVERED_SUBSIDIARY", key, path)));
        }
        // affiliates: organisations that control a named company, and what they control
        for (String key : top) {
            checkCanceled(monitor);
            Map<String, List<Hop>> parents = ancestors(key, controlledBy, entities, parentDepth);
            parents.forEach((parent, upPath) -> {
                covered.putIfAbsent(parent, new Covered("COVERED_AFFILIATE", key, upPath));
                descendants(parent, controls, entities).forEach((sibling, downPath) -> {
                    List<Hop> path = new ArrayList<>(upPath);
                    path.addAll(downPath);
                    covered.putIfAbsent(sibling, new Covered("COVERED_AFFILIATE", key, path));
                });
            });
        }

        List<Finding> deviceFindings = new ArrayList<>();
        Set<String> producers = new TreeSet<>();
        for (DeviceVerdict device : context.verdicts().devices()) {
            checkCanceled(monitor);
            Finding best = null;
            int bestRank = Integer.MAX_VALUE;
            for (String[] role : new String[][] { { device.manufacturerKey(), "manufacturer" },
                    { device.brandOwnerKey(), "brandOwner" } }) {
                Covered c = role[0] == null ? null : covered.get(role[0]);
                if (c == null || CODES.indexOf(c.code()) >= bestRank) {
                    continue;
                }
                producers.add(role[0]);
                List<Hop> path = new ArrayList<>(c.path());
                path.add(productHop(device, role[0], role[1], entities));
                String producer = nameOf(role[0], entities);
                String message = device.device().brandName() + " " + device.device().model() + " ("
                        + device.device().assetId() + ") is produced by " + producer + " (" + role[1] + "), "
                        + describe(c, role[0], entities);
                best = new Finding("device", device.device().assetId(), c.code(), message, path);
                bestRank = CODES.indexOf(c.code());
            }
            if (best != null) {
                deviceFindings.add(best);
            }
        }
        deviceFindings.sort(Comparator.comparing(Finding::subjectId));
        List<Finding> findings = new ArrayList<>();
        for (String key : producers) {
            Covered c = covered.get(key);
            findings.add(new Finding("entity", key, c.code(), nameOf(key, entities) + " is " + describe(c, key, entities),
                    c.path()));
        }
        findings.addAll(deviceFindings);
        return findings;
    }

    private static String describe(Covered c, String key, Map<String, EntityRecord> entities) {
        return switch (c.code()) {
            case "COVERED_ENTITY" -> "a company named by NDAA section 889 / the FCC Covered List";
            case "COVERED_SUBSIDIARY" -> "a subsidiary of " + nameOf(c.namedKey(), entities) + ", which NDAA section 889 names";
            default -> "an affiliate of " + nameOf(c.namedKey(), entities) + ", which NDAA section 889 names";
        };
    }

    /** The entities {@code root} controls, each with the path of control from {@code root} (breadth first). */
    static Map<String, List<Hop>> descendants(String root, Map<String, List<InterestRecord>> controls,
            Map<String, EntityRecord> entities) {
        Map<String, List<Hop>> found = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        Map<String, List<Hop>> paths = new HashMap<>(Map.of(root, List.of()));
        while (!queue.isEmpty()) {
            String holder = queue.removeFirst();
            for (InterestRecord i : controls.getOrDefault(holder, List.of())) {
                String subject = i.subjectKey();
                if (subject.equals(root) || paths.containsKey(subject)) {
                    continue;
                }
                List<Hop> path = new ArrayList<>(paths.get(holder));
                path.add(hop(i, entities));
                paths.put(subject, path);
                found.put(subject, List.copyOf(path));
                queue.addLast(subject);
            }
        }
        return found;
    }

    /** The organisations that control {@code root} (not states, state bodies or persons), with the path down to it. */
    static Map<String, List<Hop>> ancestors(String root, Map<String, List<InterestRecord>> controlledBy,
            Map<String, EntityRecord> entities, int depth) {
        Map<String, List<Hop>> found = new LinkedHashMap<>();
        Map<String, List<Hop>> paths = new HashMap<>(Map.of(root, List.of()));
        List<String> level = List.of(root);
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String subject : level) {
                for (InterestRecord i : controlledBy.getOrDefault(subject, List.of())) {
                    EntityRecord holder = entities.get(i.holderKey());
                    if (holder == null || holder.person() || holder.entityType() == EntityType.STATE
                            || holder.entityType() == EntityType.STATE_BODY || paths.containsKey(holder.key())) {
                        continue;
                    }
                    List<Hop> path = new ArrayList<>();
                    path.add(hop(i, entities));
                    path.addAll(paths.get(subject));
                    paths.put(holder.key(), path);
                    found.put(holder.key(), List.copyOf(path));
                    next.add(holder.key());
                }
            }
            level = next;
        }
        return found;
    }

    private static Hop productHop(DeviceVerdict device, String producerKey, String role, Map<String, EntityRecord> entities) {
        for (Hop hop : device.path()) {
            if (producerKey.equals(hop.holderKey()) && hop.subjectKey() != null
                    && hop.subjectKey().equals(device.productLineKey())) {
                return hop;
            }
        }
        String interest = role.equals("manufacturer") && device.relation() != null && !"own".equals(device.relation())
                ? "manufacturer (" + device.relation() + ")" : role;
        return new Hop(producerKey, nameOf(producerKey, entities), device.productLineKey(),
                device.device().brandName() + " " + device.device().model(), interest, null, null, null,
                device.productLineKey(), List.of());
    }

    private static Hop hop(InterestRecord i, Map<String, EntityRecord> entities) {
        return new Hop(i.holderKey(), nameOf(i.holderKey(), entities), i.subjectKey(), nameOf(i.subjectKey(), entities),
                i.type() == null ? null : i.type().getLiteral(), share(i), i.startDate(), i.endDate(),
                i.relationshipKey(), List.of());
    }

    private static String nameOf(String key, Map<String, EntityRecord> entities) {
        EntityRecord e = entities.get(key);
        return e == null ? key : e.name();
    }

    static boolean valid(InterestRecord i, LocalDate asOf) {
        return (i.startDate() == null || !i.startDate().isAfter(asOf)) && (i.endDate() == null || !i.endDate().isBefore(asOf));
    }

    static boolean controlling(InterestRecord i, double atLeast) {
        if (i.type() == null) {
            return false;
        }
        if (CONTROL_TYPES.contains(i.type())) {
            return true;
        }
        if (i.type() == InterestType.SHAREHOLDING || i.type() == InterestType.VOTING_RIGHTS) {
            Double share = share(i);
            return share != null && share >= atLeast;
        }
        return false;
    }

    private static Double share(InterestRecord i) {
        return i.shareExact() != null ? i.shareExact() : i.shareMinimum();
    }

    /** Lower case, letters and digits only, single spaces. */
    static String normalise(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

}
