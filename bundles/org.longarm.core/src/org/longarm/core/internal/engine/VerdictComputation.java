package org.longarm.core.internal.engine;

import static org.longarm.core.graph.ProductLineRecord.matchKey;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Percentages;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.model.LongarmPackage;

/**
 * One run of the verdict rules over a {@link Projection}; see {@code docs/verdict-rules.md}. The run's arrays stay
 * alive with its {@link Verdicts}: explanations are built from them when read.
 */
public final class VerdictComputation {

    /** Percentages are compared with this slack so that 20.1 + 29.9 counts as 50. */
    private static final double EPSILON = 1e-9;
    /** The SUBJECT-held fraction is solved until no entity's value moves by more than this. */
    public static final double FRACTION_TOLERANCE = 1e-10;

    private final GraphView graph;
    private final LocalDate asOf;
    private final LawPack lawPack;
    private final LawPackSettings settings;
    private final Policy policy;
    private final Set<String> scope = new TreeSet<>();
    private final Set<String> specialRegions = new TreeSet<>();

    private Projection g;
    private String[] baseReason; // reason a SUBJECT entity is in scope by itself, or null
    private boolean[] subject;
    private int[] via; // pair by which a SUBJECT entity is controlled, -1 for in-scope ones
    private String[] controlReason;
    private double[] fraction;
    private boolean[] exposed;
    private boolean[] resolved;
    private boolean[] determined;
    private final List<String> warnings = new ArrayList<>();
    private final SourceBatcher sources;

    /**
     * @param committedWrites the count of writes committed to {@code graph} when it is read
     *            ({@link GraphView#awaitAppliedWrites}), which the graph must still give when the sources of the
     *            evidence are read
     */
    public VerdictComputation(GraphView graph, LocalDate asOf, LawPack lawPack, LawPackSettings settings,
            Policy policy, long committedWrites) {
        this.graph = graph;
        this.asOf = asOf;
        this.lawPack = lawPack;
        this.settings = settings;
        this.policy = policy;
        this.sources = new SourceBatcher(graph, committedWrites);
        lawPack.scopeJurisdictions().forEach(c -> scope.add(c.toUpperCase(Locale.ROOT)));
        lawPack.specialRegions().forEach(c -> specialRegions.add(c.toUpperCase(Locale.ROOT)));
        if (settings.specialRegionsInScope()) {
            scope.addAll(specialRegions);
            specialRegions.clear();
        }
    }

    public Verdicts run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 100); // the task is VerdictEngine.compute's
        progress.subTask("Reading the ownership graph");
        g = Projection.load(graph, asOf, progress.split(50));
        progress.subTask("Control");
        control();
        Projection.checkCancel(progress);
        progress.worked(10);
        progress.subTask("SUBJECT-held fraction");
        fraction();
        Projection.checkCancel(progress);
        exposure();
        progress.worked(10);
        progress.subTask("Ownership resolution");
        resolution(declaredHoldings());
        progress.worked(5);
        // explanations are built when a verdict is read (EntityVerdictList), so that a million of them are never
        // alive at once; the sources of their evidence are read when first asked for (SourceBatcher)
        EntityVerdictList entities = new EntityVerdictList(this);
        progress.subTask("Devices");
        List<DeviceVerdict> devices = devices(entities, progress.split(25));
        return new Verdicts(asOf, lawPack, settings, policy, entities, devices, warnings);
    }

    // ---- SUBJECT: in scope, controlled, de facto controlled (a least fixpoint) ----

    private void control() {
        int n = g.size;
        baseReason = new String[n];
        subject = new boolean[n];
        via = new int[n];
        controlReason = new String[n];
        double[] subjectVoting = new double[n];
        boolean[] subjectVotingAbove = new boolean[n]; // some SUBJECT holder's figure is an exclusive minimum
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int t = 0; t < n; t++) {
            via[t] = -1;
            baseReason[t] = inScopeReason(t);
            if (baseReason[t] != null) {
                subject[t] = true;
                work.add(t);
            }
        }
        while (!work.isEmpty()) {
            int h = work.poll();
            for (int k = g.holdingsStart[h]; k < g.holdingsStart[h + 1]; k++) {
                int p = g.holdingPairs[k];
                int t = g.subject[p];
                if (subject[t]) {
                    continue;
                }
                if (g.grouped.get(t)) {
                    subjectVoting[t] = combined(t, subjectVotes, Projection.VOTING_ABOVE);
                    subjectVotingAbove[t] = combinedAbove;
                } else {
                    subjectVoting[t] += g.voting[p];
                    subjectVotingAbove[t] |= g.votingAbove(p);
                }
                String reason = null;
                int decisive = p;
                if ((g.flags[p] & Projection.CONTROL) != 0) {
                    reason = "CONTROLLED_BY";
                } else if (exceeds(subjectVoting[t], subjectVotingAbove[t], settings.controlAbove(), false)) {
                    reason = "CONTROLLED_BY";
                    decisive = largestSubjectHolder(t);
                } else if (settings.deFactoControl() && subjectVoting[t] >= settings.deFactoAtLeast() - EPSILON
                        && exceedsOtherHolders(t, subjectVoting[t], subjectVotingAbove[t])) {
                    reason = "DE_FACTO_CONTROL";
                    decisive = largestSubjectHolder(t);
                }
                if (reason != null) {
                    subject[t] = true;
                    controlReason[t] = reason;
                    via[t] = decisive;
                    work.add(t);
                }
            }
        }
        controlReasonsFromTheFinalSubjects();
    }

    /**
     * Rule 3 may make an entity SUBJECT before all its SUBJECT holders were examined: from the final SUBJECT set, one
     * that they control by a control interest or by more than 50% is {@code CONTROLLED_BY}, whatever the order.
     */
    private void controlReasonsFromTheFinalSubjects() {
        for (int t = 0; t < g.size; t++) {
            if (!"DE_FACTO_CONTROL".equals(controlReason[t])) {
                continue;
            }
            boolean controlInterest = false;
            for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1] && !controlInterest; p++) {
                controlInterest = subject[g.holder[p]] && (g.flags[p] & Projection.CONTROL) != 0;
            }
            double all = combined(t, subjectVotes, Projection.VOTING_ABOVE);
            if (controlInterest || exceeds(all, combinedAbove, settings.controlAbove(), false)) {
                controlReason[t] = "CONTROLLED_BY";
            }
        }
    }

    private String inScopeReason(int t) {
        if (g.person[t]) {
            for (String nationality : g.nationalities[t]) {
                if (inScope(nationality)) {
                    return "SCOPE_NATIONAL";
                }
            }
            return null;
        }
        if (inScope(g.jurisdiction[t])) {
            return g.state[t] ? "SCOPE_STATE" : "IN_SCOPE_JURISDICTION";
        }
        return null;
    }

    private boolean inScope(String code) {
        return code != null && scope.contains(region(code));
    }

    private boolean isSpecialRegion(String code) {
        return code != null && specialRegions.contains(region(code));
    }

    /**
     * The code the settings judge a jurisdiction code by. BODS gives an ISO 3166-1 country code or an ISO 3166-2
     * subdivision code: a company registered in Beijing may be coded {@code CN-BJ}, judged as {@code CN}; a
     * subdivision of a scope country whose own part is a special region's code ({@code CN-HK}, {@code CN-MO}) is
     * judged as that region. A code the settings name is judged as itself.
     */
    private String region(String code) {
        if (scope.contains(code) || specialRegions.contains(code) || code.length() < 4 || code.length() > 6
                || code.charAt(2) != '-' || !Character.isLetter(code.charAt(0)) || !Character.isLetter(code.charAt(1))) {
            return code;
        }
        String country = code.substring(0, 2);
        String subdivision = code.substring(3);
        return scope.contains(country) && specialRegions.contains(subdivision) ? subdivision : country;
    }

    /**
     * Whether a share {@code a} exceeds a share {@code b}, where a share "above" its figure is more than the figure
     * (an exclusive minimum): more than 50% exceeds 50%, and 50% does not.
     */
    private static boolean exceeds(double a, boolean aAbove, double b, boolean bAbove) {
        return a > b + EPSILON || a >= b - EPSILON && aAbove && !bAbove;
    }

    /** A pair's part of a sum over a subject's holders, or NaN when it takes no part. */
    private interface PairValue {
        double of(int p);
    }

    private final PairValue votes = p -> g.voting[p];
    private final PairValue subjectVotes = p -> subject[g.holder[p]] ? g.voting[p] : Double.NaN;
    private final PairValue owned = p -> g.owned[p];
    private final PairValue subjectOwnedFraction = p -> {
        int h = g.holder[p];
        return g.owned[p] / 100.0 * (subject[h] ? 1.0 : fraction[h]);
    };

    /** Whether the last sum or share computed below is "more than" its value (a part is an exclusive minimum). */
    private boolean combinedAbove;

    /**
     * The sum of {@code value} over the holders of t, where a group of primary indirect holdings and the component
     * holdings they list into t describe one holding and count once (see {@link #groupPart}). So a parent declared to
     * hold 60% indirectly through intermediaries that hold 40% and 20% directly counts 60%, not 120%, and an
     * intermediary's part still counts when the parent takes no part (see docs/verdict-rules.md). Sets
     * {@link #combinedAbove} from the pairs' flag {@code above} ({@link Projection#VOTING_ABOVE} or
     * {@link Projection#OWNED_ABOVE}).
     */
    private double combined(int t, PairValue value, byte above) {
        boolean grouped = g.grouped.get(t);
        double total = 0;
        boolean totalAbove = false;
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            double v = grouped && g.group.containsKey(p) ? Double.NaN : value.of(p);
            if (!Double.isNaN(v)) {
                total += v;
                totalAbove |= (g.flags[p] & above) != 0;
            }
        }
        if (grouped) {
            for (double[] sums : groupSums(t, value, above).values()) {
                total += groupPart(sums);
                totalAbove |= combinedAbove;
            }
        }
        combinedAbove = totalAbove;
        return total;
    }

    /**
     * Per group of t's holders: the sum of its primaries' parts and 1 if that is "more than", the same for its covered
     * pairs, then for its nested primaries.
     */
    private Map<Integer, double[]> groupSums(int t, PairValue value, byte above) {
        Map<Integer, double[]> groups = new TreeMap<>();
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            Integer group = g.group.get(p);
            if (group != null) {
                double[] sums = groups.computeIfAbsent(group, k -> new double[6]);
                double v = value.of(p);
                if (!Double.isNaN(v)) {
                    int at = g.primaries.get(p) ? 0 : g.nested.get(p) ? 4 : 2;
                    sums[at] += v;
                    sums[at + 1] = (g.flags[p] & above) != 0 ? 1 : sums[at + 1];
                }
            }
        }
        return groups;
    }

    /**
     * What a group counts for: the largest of what its primaries, its covered pairs and its nested primaries take
     * part with, since all describe the same shares; which is largest depends on who takes part (the SUBJECT parent,
     * or only a SUBJECT intermediary). Sets {@link #combinedAbove}.
     */
    private double groupPart(double[] sums) {
        int best = 0;
        for (int at = 2; at < sums.length; at += 2) {
            if (exceeds(sums[at], sums[at + 1] == 1, sums[best], sums[best + 1] == 1)) {
                best = at;
            }
        }
        combinedAbove = sums[best + 1] == 1;
        return sums[best];
    }

    private int largestSubjectHolder(int t) {
        int best = -1;
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            if (subject[g.holder[p]]
                    && (best < 0 || exceeds(g.voting[p], g.votingAbove(p), g.voting[best], g.votingAbove(best)))) {
                best = p;
            }
        }
        return best;
    }

    /** Whether the SUBJECT holders' combined voting share is larger than that of every other single holder of t. */
    private boolean exceedsOtherHolders(int t, double subjectVoting, boolean subjectVotingAbove) {
        if (!g.grouped.get(t)) {
            for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
                if (!subject[g.holder[p]] && !exceeds(subjectVoting, subjectVotingAbove, g.voting[p], g.votingAbove(p))) {
                    return false;
                }
            }
            return true;
        }
        double other = largestOtherHolder(t);
        return exceeds(subjectVoting, subjectVotingAbove, other, combinedAbove);
    }

    /**
     * The largest voting share of a single holder of t that is not SUBJECT, 0 when there is none. A group of indirect
     * holdings counts as one holder, with what its SUBJECT members do not hold: an intermediary is no other holder
     * of the shares its SUBJECT parent holds through it. Sets {@link #combinedAbove}.
     */
    private double largestOtherHolder(int t) {
        boolean grouped = g.grouped.get(t);
        double other = 0;
        boolean otherAbove = false;
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            if (!subject[g.holder[p]] && !(grouped && g.group.containsKey(p))
                    && exceeds(g.voting[p], g.votingAbove(p), other, otherAbove)) {
                other = g.voting[p];
                otherAbove = g.votingAbove(p);
            }
        }
        if (grouped) {
            Map<Integer, double[]> bySubject = groupSums(t, subjectVotes, Projection.VOTING_ABOVE);
            for (var e : groupSums(t, votes, Projection.VOTING_ABOVE).entrySet()) {
                double total = groupPart(e.getValue());
                boolean totalAbove = combinedAbove;
                double held = groupPart(bySubject.get(e.getKey()));
                double rest = total - held;
                boolean restAbove = held <= EPSILON && totalAbove;
                if (exceeds(rest, restAbove, other, otherAbove)) {
                    other = rest;
                    otherAbove = restAbove;
                }
            }
        }
        combinedAbove = otherAbove;
        return other;
    }

    // ---- the SUBJECT-held fraction x(t), solved iteratively ----

    private void fraction() {
        int n = g.size;
        fraction = new double[n];
        boolean[] queued = new boolean[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int t = 0; t < n; t++) {
            if (g.holdersStart[t + 1] > g.holdersStart[t]) {
                work.add(t);
                queued[t] = true;
            }
        }
        while (!work.isEmpty()) {
            int t = work.poll();
            queued[t] = false;
            double x = 0;
            if (g.grouped.get(t)) {
                x = combined(t, subjectOwnedFraction, Projection.OWNED_ABOVE);
            } else {
                for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
                    x += subjectOwnedFraction.of(p);
                }
            }
            x = Math.min(1.0, x);
            if (Math.abs(x - fraction[t]) > FRACTION_TOLERANCE) {
                fraction[t] = x;
                for (int k = g.holdingsStart[t]; k < g.holdingsStart[t + 1]; k++) {
                    int s = g.subject[g.holdingPairs[k]];
                    if (!queued[s] && !subject[t]) {
                        queued[s] = true;
                        work.add(s);
                    }
                }
            }
        }
    }

    // ---- EXPOSED ----

    private void exposure() {
        exposed = new boolean[g.size];
        for (int t = 0; t < g.size; t++) {
            exposed[t] = !subject[t] && !exposureReasons(t).isEmpty();
        }
    }

    private List<String> exposureReasons(int t) {
        List<String> reasons = new ArrayList<>(3);
        if (fraction[t] >= settings.influenceAtLeast() / 100.0 - EPSILON) {
            reasons.add("SIGNIFICANT_INFLUENCE");
        }
        if (inSpecialRegion(t)) {
            reasons.add("SAR_JURISDICTION");
        }
        if (influencingSubjectHolder(t) >= 0) {
            reasons.add("INFLUENCE_INTEREST");
        }
        return reasons;
    }

    private boolean inSpecialRegion(int t) {
        if (g.person[t]) {
            for (String nationality : g.nationalities[t]) {
                if (isSpecialRegion(nationality)) {
                    return true;
                }
            }
            return false;
        }
        return isSpecialRegion(g.jurisdiction[t]);
    }

    private int influencingSubjectHolder(int t) {
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            if (subject[g.holder[p]] && (g.flags[p] & Projection.INFLUENCE) != 0) {
                return p;
            }
        }
        return -1;
    }

    // ---- resolution (a least fixpoint) ----

    private boolean identityKnown(int t) {
        return g.person[t] ? g.nationalities[t].length > 0 : g.jurisdiction[t] != null;
    }

    /** What each entity's holders declare they own in it, in all; a total above 100 % is warned about. */
    private double[] declaredHoldings() {
        double[] declared = new double[g.size];
        for (int t = 0; t < g.size; t++) {
            declared[t] = combined(t, owned, Projection.OWNED_ABOVE);
            if (exceeds(declared[t], combinedAbove, 100, false)) {
                warnings.add("HOLDINGS_ABOVE_100: the holdings in %s (%s) valid at %s add up to %s"
                        .formatted(g.names[t], g.keys[t], asOf, Percentages.text(declared[t], combinedAbove)));
            }
        }
        return declared;
    }

    private void resolution(double[] declared) {
        int n = g.size;
        resolved = new boolean[n];
        determined = new boolean[n];
        int[] pending = new int[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int t = 0; t < n; t++) {
            for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
                if (g.owned[p] >= settings.significantHolderAtLeast() - EPSILON) {
                    pending[t]++;
                }
            }
        }
        for (int t = 0; t < n; t++) {
            if (g.person[t]) {
                resolved[t] = g.nationalities[t].length > 0;
            } else {
                resolved[t] = g.state[t] || g.listed[t];
            }
            if (subject[t] || exposed[t] || resolved[t] && identityKnown(t)) {
                determined[t] = true;
                work.add(t);
            }
        }
        for (int t = 0; t < n; t++) {
            if (!resolved[t] && !g.person[t] && pending[t] == 0
                    && declared[t] >= settings.resolvedAtLeast() - EPSILON) {
                resolved[t] = true;
                if (!determined[t] && identityKnown(t)) {
                    determined[t] = true;
                    work.add(t);
                }
            }
        }
        while (!work.isEmpty()) {
            int h = work.poll();
            for (int k = g.holdingsStart[h]; k < g.holdingsStart[h + 1]; k++) {
                int p = g.holdingPairs[k];
                int t = g.subject[p];
                if (g.owned[p] < settings.significantHolderAtLeast() - EPSILON) {
                    continue;
                }
                pending[t]--;
                if (pending[t] == 0 && !resolved[t] && !g.person[t]
                        && declared[t] >= settings.resolvedAtLeast() - EPSILON) {
                    resolved[t] = true;
                    if (!determined[t] && identityKnown(t)) {
                        determined[t] = true;
                        work.add(t);
                    }
                }
            }
        }
    }

    // ---- verdicts and evidence ----

    /** How many entities (stubs included) the verdicts cover; they are indexed 0..size-1 in key order. */
    int size() {
        return g.size;
    }

    String key(int t) {
        return g.keys[t];
    }

    String name(int t) {
        return g.names[t];
    }

    int indexOf(String key) {
        return g.indexOf(key);
    }

    Verdict verdictOf(int t) {
        if (subject[t]) {
            return Verdict.SUBJECT;
        }
        if (exposed[t]) {
            return Verdict.EXPOSED;
        }
        return resolved[t] && identityKnown(t) ? Verdict.CLEAR : Verdict.UNKNOWN;
    }

    EntityVerdict entityVerdict(int t) {
        Verdict verdict = verdictOf(t);
        List<String> reasons = new ArrayList<>();
        List<List<Hop>> paths = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (g.stub[t]) {
            notes.add("No statement describes this record; it is only named by relationships.");
        }
        switch (verdict) {
        case SUBJECT -> {
            if (baseReason[t] != null) {
                reasons.add(baseReason[t]);
                notes.add(describeScope(t));
                // in scope by itself, yet who controls it matters to analysts: show the SUBJECT holders' chains too
                for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
                    if (subject[g.holder[p]] && (g.voting[p] > 0 || (g.flags[p] & Projection.CONTROL) != 0)) {
                        paths.add(controlPath(p));
                    }
                }
                paths.sort((a, b) -> Double.compare(share(b.get(b.size() - 1)), share(a.get(a.size() - 1))));
            } else {
                reasons.add(controlReason[t]);
                paths.add(controlPath(via[t]));
                for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
                    if (p != via[t] && subject[g.holder[p]] && (g.voting[p] > 0 || (g.flags[p] & Projection.CONTROL) != 0)) {
                        paths.add(controlPath(p));
                    }
                }
                notes.add(describeControl(t));
            }
        }
        case EXPOSED -> {
            reasons.addAll(exposureReasons(t));
            if (reasons.contains("SIGNIFICANT_INFLUENCE")) {
                paths.add(fractionPath(t));
            }
            int influence = influencingSubjectHolder(t);
            if (influence >= 0) {
                List<Hop> path = controlPath(via[g.holder[influence]]);
                path = new ArrayList<>(path);
                path.add(hop(influence, g.fact(g.influenceFact[influence]), Double.NaN, false));
                paths.add(path);
            }
            notes.add("SUBJECT-held fraction %s (exposed from %s).".formatted(Percentages.text(fraction[t] * 100),
                    Percentages.text(settings.influenceAtLeast())));
        }
        case UNKNOWN -> {
            if (g.person[t]) {
                reasons.add("NATIONALITY_UNKNOWN");
            } else {
                if (g.jurisdiction[t] == null) {
                    reasons.add("JURISDICTION_UNKNOWN");
                }
                if (!resolved[t]) {
                    reasons.add("OWNERSHIP_UNRESOLVED");
                    notes.addAll(describeUnresolved(t));
                }
            }
        }
        case CLEAR -> notes.add(g.state[t] ? "A state or state body outside the scope."
                : g.listed[t] ? "Publicly listed." : g.person[t] ? "Nationality known and outside the scope."
                        : "Ownership resolved; no link to the scope.");
        }
        describeGroups(t, notes);
        return new EntityVerdict(g.keys[t], g.names[t], g.person[t], g.jurisdiction[t], verdict, reasons,
                round(fraction[t]), paths, notes);
    }

    /** The chain of control from an in-scope party down through pair {@code p}, or empty when p is -1. */
    private List<Hop> controlPath(int p) {
        List<Hop> reversed = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        while (p >= 0 && seen.add(p)) {
            Projection.Fact fact = g.fact((g.flags[p] & Projection.CONTROL) != 0
                    && !exceeds(g.voting[p], g.votingAbove(p), settings.controlAbove(), false) ? g.controlFact[p]
                            : g.votingFact[p]);
            reversed.add(hop(p, fact != null ? fact : g.fact(g.controlFact[p]), g.voting[p], g.votingAbove(p)));
            p = via[g.holder[p]];
        }
        List<Hop> path = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            path.add(reversed.get(i));
        }
        return path;
    }

    /** The chain of the largest contributions to x(t), up to a SUBJECT holder and its chain of control. */
    private List<Hop> fractionPath(int t) {
        List<Hop> reversed = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        int current = t;
        while (seen.add(current)) {
            int best = -1;
            double bestContribution = 0;
            for (int p = g.holdersStart[current]; p < g.holdersStart[current + 1]; p++) {
                int h = g.holder[p];
                double contribution = g.owned[p] * (subject[h] ? 1.0 : fraction[h]);
                if (contribution > bestContribution) {
                    best = p;
                    bestContribution = contribution;
                }
            }
            if (best < 0) {
                break;
            }
            reversed.add(hop(best, g.fact(g.ownedFact[best]), g.owned[best], g.ownedAbove(best)));
            int h = g.holder[best];
            if (subject[h]) {
                List<Hop> path = new ArrayList<>(controlPath(via[h]));
                for (int i = reversed.size() - 1; i >= 0; i--) {
                    path.add(reversed.get(i));
                }
                return path;
            }
            current = h;
        }
        return List.of();
    }

    /** The hop of pair {@code p}, showing {@code share} ("more than" it if {@code above}) with its fact. */
    private Hop hop(int p, Projection.Fact fact, double share, boolean above) {
        int h = g.holder[p], s = g.subject[p];
        return new Hop(g.keys[h], g.names[h], g.keys[s], g.names[s],
                fact == null || fact.type() == null ? "unknownInterest" : fact.type().getLiteral(),
                Double.isNaN(share) || fact == null || Double.isNaN(fact.figure()) ? null : share,
                above, fact == null ? null : fact.startDate(), fact == null ? null : fact.endDate(),
                fact == null ? null : fact.relationshipKey(),
                fact == null ? List.of() : sources.of(LongarmPackage.Literals.RELATIONSHIP, fact.relationshipKey()));
    }

    private static double share(Hop hop) {
        return hop.share() == null ? 100 : hop.share();
    }

    private String describeScope(int t) {
        if (g.person[t]) {
            return "A national of " + String.join(", ", g.nationalities[t]) + ", in scope of " + lawPack.name() + ".";
        }
        return (g.state[t] ? "A state or state body of " : "Registered in ") + g.jurisdiction[t] + ", in scope of "
                + lawPack.name() + ".";
    }

    private String describeControl(int t) {
        double total = combined(t, subjectVotes, Projection.VOTING_ABOVE);
        boolean totalAbove = combinedAbove;
        double other = largestOtherHolder(t);
        boolean otherAbove = combinedAbove;
        List<String> holders = new ArrayList<>();
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            if (subject[g.holder[p]]) {
                if ((g.flags[p] & Projection.CONTROL) != 0) {
                    holders.add(g.names[g.holder[p]] + " (" + g.fact(g.controlFact[p]).type().getLiteral() + ")");
                } else if (g.voting[p] > 0) {
                    holders.add(g.names[g.holder[p]] + " (" + Percentages.text(g.voting[p], g.votingAbove(p)) + ")");
                }
            }
        }
        return "SUBJECT holders: " + String.join(", ", holders) + "; combined voting share "
                + Percentages.text(total, totalAbove) + "; largest other holder " + Percentages.text(other, otherAbove)
                + ".";
    }

    /** Names, per group of indirect holdings in t, the holdings that counted once. */
    private void describeGroups(int t, List<String> notes) {
        if (!g.grouped.get(t)) {
            return;
        }
        Map<Integer, List<List<String>>> groups = new TreeMap<>(); // group -> {primaries' holders, covered holders}
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            Integer group = g.group.get(p);
            if (group != null) {
                groups.computeIfAbsent(group, k -> List.of(new ArrayList<>(), new ArrayList<>()))
                        .get(g.primaries.get(p) ? 0 : 1).add(g.names[g.holder[p]]);
            }
        }
        for (List<List<String>> group : groups.values()) {
            List<String> primaries = group.get(0);
            String covered = String.join(", ", group.get(1));
            notes.add((primaries.size() == 1
                    ? primaries.get(0) + "'s indirect holding and the holdings of " + covered
                            + ", which its relationship lists as components,"
                    : "The indirect holdings of " + String.join(", ", primaries) + " and the holdings of " + covered
                            + ", which their relationships list as components,")
                    + " describe one holding: counted once, as the larger of the two.");
        }
    }

    private List<String> describeUnresolved(int t) {
        List<String> notes = new ArrayList<>();
        double declared = combined(t, owned, Projection.OWNED_ABOVE);
        for (int p = g.holdersStart[t]; p < g.holdersStart[t + 1]; p++) {
            int h = g.holder[p];
            if (g.owned[p] >= settings.significantHolderAtLeast() - EPSILON && !determined[h]) {
                notes.add("Holder %s (%s, %s) has no determined verdict.".formatted(g.names[h], g.keys[h],
                        Percentages.text(g.owned[p], g.ownedAbove(p))));
            }
        }
        if (declared < settings.resolvedAtLeast() - EPSILON) {
            notes.add(0, "Declared holdings valid at %s account for %s (%s needed).".formatted(asOf,
                    Percentages.text(declared), Percentages.text(settings.resolvedAtLeast())));
        }
        return notes;
    }

    // ---- devices ----

    private List<DeviceVerdict> devices(List<EntityVerdict> entities, IProgressMonitor monitor) {
        Map<String, List<ProductLineRecord>> linesByBrand = new HashMap<>();
        graph.productLines(line -> {
            if (line.brandKey() != null && Projection.validAt(line.validFrom(), line.validTo(), asOf)) {
                linesByBrand.computeIfAbsent(matchKey(line.brandKey()), k -> new ArrayList<>()).add(line);
            }
        }, monitor);
        List<DeviceVerdict> devices = new ArrayList<>();
        graph.devices(device -> {
            Projection.checkCancel(monitor);
            devices.add(deviceVerdict(device, linesByBrand.getOrDefault(matchKey(device.brandKey()), List.of()),
                    entities));
        }, monitor);
        return devices;
    }

    private DeviceVerdict deviceVerdict(DeviceRecord device, List<ProductLineRecord> lines,
            List<EntityVerdict> entities) {
        boolean installed = device.installed() != null && !device.installed().isAfter(asOf);
        ProductLineRecord line = matchingLine(device, lines);
        if (line == null) {
            List<String> actions = policy.actions(Verdict.UNKNOWN, device, installed);
            return new DeviceVerdict(device, installed, Verdict.UNKNOWN, List.of("PRODUCT_LINE_UNKNOWN"), actions,
                    null, null, null, null, List.of(), List.of("No product line for brand '%s' model '%s' is valid at %s."
                            .formatted(device.brandName(), device.model(), asOf)));
        }
        EntityVerdict owner = verdictFor(line.brandOwnerKey(), entities);
        // "own": the brand owner makes the products itself, so a row that names no manufacturer names no other maker
        String makerKey = line.manufacturerKey() == null && line.relation() == org.longarm.model.SupplyRelation.OWN
                ? line.brandOwnerKey() : line.manufacturerKey();
        EntityVerdict maker = verdictFor(makerKey, entities);
        Verdict ownerVerdict = owner == null ? Verdict.UNKNOWN : owner.verdict();
        Verdict makerVerdict = maker == null ? Verdict.UNKNOWN : maker.verdict();
        boolean byMaker = makerVerdict.ordinal() < ownerVerdict.ordinal();
        EntityVerdict deciding = byMaker ? maker : owner;
        Verdict verdict = Verdict.worse(ownerVerdict, makerVerdict);
        List<String> reasons = new ArrayList<>();
        reasons.add(byMaker ? "MANUFACTURED_BY" : "BRAND_OWNED_BY");
        List<Hop> path = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String relation = line.relation() == null ? null : line.relation().getLiteral();
        if (deciding != null) {
            reasons.addAll(deciding.reasons());
            path.addAll(deciding.path());
            path.add(new Hop(deciding.key(), deciding.name(), line.key(), line.brandName() + " " + line.model(),
                    byMaker ? "manufacturer" + (relation == null ? "" : " (" + relation + ")") : "brandOwner", null,
                    false, line.validFrom(), line.validTo(), line.key(),
                    sources.of(LongarmPackage.Literals.PRODUCT_LINE, line.key())));
            notes.add("%s by %s (%s).".formatted(byMaker ? "Manufactured" : "Brand owned", deciding.name(),
                    deciding.verdict()));
        } else {
            notes.add("The product line names no " + (byMaker ? "manufacturer" : "brand owner") + " in the graph.");
        }
        List<String> actions = policy.actions(verdict, device, installed);
        return new DeviceVerdict(device, installed, verdict, reasons, actions, line.key(), line.brandOwnerKey(),
                line.manufacturerKey(), relation, path, notes);
    }

    /** The row for the device's exact model, else the brand's {@code *} row; the latest valid-from wins a tie. */
    private static ProductLineRecord matchingLine(DeviceRecord device, List<ProductLineRecord> lines) {
        ProductLineRecord exact = null, any = null;
        String model = matchKey(device.model());
        for (ProductLineRecord line : lines) {
            String lineModel = matchKey(line.model());
            if (lineModel.equals(model)) {
                exact = later(exact, line);
            } else if (lineModel.equals("*")) {
                any = later(any, line);
            }
        }
        return exact != null ? exact : any;
    }

    private static ProductLineRecord later(ProductLineRecord a, ProductLineRecord b) {
        if (a == null) {
            return b;
        }
        LocalDate fa = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
        LocalDate fb = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
        int c = fa.compareTo(fb);
        return c < 0 || c == 0 && a.key().compareTo(b.key()) < 0 ? b : a;
    }

    private EntityVerdict verdictFor(String key, List<EntityVerdict> entities) {
        int i = g.indexOf(key);
        return i < 0 ? null : entities.get(i);
    }

    static double round(double fraction) {
        return Math.round(fraction * 1_000_000) / 1_000_000.0;
    }
}
