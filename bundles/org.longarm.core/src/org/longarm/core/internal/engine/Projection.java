package org.longarm.core.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.InterestRecord;
import org.longarm.model.EntityType;
import org.longarm.model.InterestType;

/**
 * The ownership graph as of one date, as arrays: entities by index (in key order), and one "pair" per holder and
 * subject that have interests valid at the date, with the largest figure of each kind. Adjacency is by index in
 * compressed rows, so that the fixpoints touch no map and no model object. The interests a pair keeps as evidence
 * are columns too (relationship key, type, figure, dates), turned into a {@link Fact} only when an explanation asks.
 * Records are read one at a time into these columns; no list of records is ever held, so that the peak of a load is
 * little more than what the projection keeps.
 */
final class Projection {

    /** Bits of a pair's flags: it holds a control or influence interest; its voting or owned figure is "more than". */
    static final byte CONTROL = 1, INFLUENCE = 2, VOTING_ABOVE = 4, OWNED_ABOVE = 8;
    /** The bit of a fact's type byte that says its figure is an exclusive minimum. */
    private static final int ABOVE = 0x40;
    /** A fact index for "no such interest". */
    static final int NONE = -1;
    private static final double NO_FIGURE = Double.NaN;
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final InterestType[] TYPES = InterestType.values();
    private static final String[] NO_CODES = {};

    // entities
    final int size;
    final String[] keys; // sorted, so that an index is found by binary search
    final String[] names;
    final boolean[] person;
    final boolean[] stub;
    final boolean[] state;
    final boolean[] listed;
    final String[] jurisdiction;
    final String[][] nationalities;

    // holder -> subject pairs, sorted by subject then holder
    final int pairs;
    final int[] holder;
    final int[] subject;
    final double[] voting; // voting figure, shareholding if no voting figure, 0 if neither
    final double[] owned; // shareholding figure, voting if no shareholding figure, 0 if neither
    final byte[] flags;
    final int[] votingFact, ownedFact, controlFact, influenceFact; // indexes into the fact columns, or NONE

    // compressed rows: holders of t are pairs holdersStart[t]..holdersStart[t+1]-1 (pairs are sorted by subject);
    // holdings of h are holdingPairs[holdingsStart[h]..holdingsStart[h+1]-1]
    final int[] holdersStart;
    final int[] holdingsStart;
    final int[] holdingPairs;

    // primary indirect holdings and the component holdings they list count as one holding: the group of each pair
    // in one (by pair: its group's number), which of them are primaries and which nested, and the subjects that have
    // a group; all sparse, since few relationships have components
    final Map<Integer, Integer> group;
    final BitSet primaries;
    final BitSet nested; // primaries covered as links of another primary's chain
    final BitSet grouped;

    // facts: every interest valid at the date, by the order it was read in
    private final String[] factKey;
    private final int[] factIndex;
    private final byte[] factType; // ordinal + 1, 0 when the interest has no type; | ABOVE for an exclusive minimum
    private final double[] factFigure;
    private final int[] factStart, factEnd; // epoch days, NO_DATE when open

    private Projection(EntityColumns e, InterestColumns in) {
        size = e.count;
        keys = e.keys;
        names = e.names;
        person = e.person;
        stub = e.stub;
        state = e.state;
        listed = e.listed;
        jurisdiction = e.jurisdiction;
        nationalities = e.nationalities;
        factKey = in.key;
        factIndex = in.index;
        factType = in.type;
        factFigure = in.figure;
        factStart = in.start;
        factEnd = in.end;

        int[] order = in.bySubjectThenHolder(size);
        int pairCount = 0;
        for (int k = 0; k < order.length; k++) {
            if (k == 0 || !in.sameLink(order[k], order[k - 1])) {
                pairCount++;
            }
        }
        pairs = pairCount;
        holder = new int[pairs];
        subject = new int[pairs];
        voting = new double[pairs];
        owned = new double[pairs];
        flags = new byte[pairs];
        votingFact = new int[pairs];
        ownedFact = new int[pairs];
        controlFact = new int[pairs];
        influenceFact = new int[pairs];
        holdersStart = new int[size + 1];
        int[] holdingsCount = new int[size + 1];
        // pair p's interests are order[firstOfPair[p]..firstOfPair[p+1]); only needed to find groups
        int[] firstOfPair = in.components.isEmpty() ? null : new int[pairs + 1];
        int p = 0;
        for (int from = 0; from < order.length; p++) {
            int to = from + 1;
            while (to < order.length && in.sameLink(order[to], order[from])) {
                to++;
            }
            if (firstOfPair != null) {
                firstOfPair[p] = from;
            }
            pair(p, in.holder[order[from]], in.subject[order[from]], order, from, to);
            holdersStart[subject[p] + 1]++;
            holdingsCount[holder[p] + 1]++;
            from = to;
        }
        for (int i = 0; i < size; i++) {
            holdersStart[i + 1] += holdersStart[i];
            holdingsCount[i + 1] += holdingsCount[i];
        }
        holdingsStart = holdingsCount.clone();
        holdingPairs = new int[pairs];
        int[] fill = Arrays.copyOf(holdingsCount, size);
        for (int q = 0; q < pairs; q++) {
            holdingPairs[fill[holder[q]]++] = q;
        }
        group = new HashMap<>();
        primaries = new BitSet();
        nested = new BitSet();
        grouped = new BitSet();
        if (firstOfPair != null) {
            firstOfPair[pairs] = order.length;
            group(in.components, order, firstOfPair);
        }
    }

    /**
     * Finds the groups. A pair is a primary when it holds its figures only through relationships that list
     * components, or through the components themselves (a figure held otherwise, directly, makes it no summary). A
     * primary whose holder or relationship another primary of its subject lists is a link of that one's chain:
     * nested. Every other primary covers the pairs of the same subject that have an interest of a relationship it
     * lists, and the nested primaries whose holder or relationship it lists. Primaries that cover a pair in common (two
     * owners of one intermediate) are one group, so that the pair is not counted once for each.
     */
    private void group(Map<Integer, String[]> components, int[] order, int[] firstOfPair) {
        Map<Integer, Set<String>> listedBy = new TreeMap<>(); // primary pair -> the component record ids it lists
        Map<Integer, List<Integer>> primariesOf = new HashMap<>(); // subject -> its primary pairs
        for (int q = 0; q < pairs; q++) {
            Set<String> listed = null;
            for (int k = firstOfPair[q]; k < firstOfPair[q + 1]; k++) {
                String[] ids = components.get(order[k]);
                if (ids != null) {
                    listed = listed == null ? new HashSet<>() : listed;
                    listed.addAll(Arrays.asList(ids));
                }
            }
            boolean ownFigure = false; // a figure held otherwise than through the listed components
            for (int k = firstOfPair[q]; listed != null && k < firstOfPair[q + 1]; k++) {
                int f = order[k];
                ownFigure |= !components.containsKey(f) && !Double.isNaN(factFigure[f]) && !listed.contains(factKey[f]);
            }
            if (listed != null && !ownFigure) {
                listedBy.put(q, listed);
                primariesOf.computeIfAbsent(subject[q], t -> new ArrayList<>()).add(q);
            }
        }
        Set<Integer> inner = new HashSet<>();
        listedBy.forEach((q, listed) -> {
            for (int p : primariesOf.get(subject[q])) {
                if (p != q && !inner.contains(p) && lists(listedBy.get(p), q, true, order, firstOfPair)) {
                    inner.add(q);
                    break;
                }
            }
        });
        Map<Integer, Integer> coveringPrimary = new TreeMap<>();
        Map<Integer, Integer> parent = new HashMap<>(); // union-find over primaries
        listedBy.forEach((primary, listed) -> {
            if (inner.contains(primary)) {
                return;
            }
            int t = subject[primary];
            for (int q = holdersStart[t]; q < holdersStart[t + 1]; q++) {
                boolean isInner = inner.contains(q);
                if (q == primary || listedBy.containsKey(q) && !isInner || !lists(listed, q, isInner, order, firstOfPair)) {
                    continue;
                }
                Integer other = coveringPrimary.putIfAbsent(q, primary);
                if (other != null && root(parent, primary) != root(parent, other)) {
                    parent.put(root(parent, primary), root(parent, other));
                }
            }
        });
        coveringPrimary.forEach((covered, primary) -> {
            group.put(covered, root(parent, primary));
            group.put(primary, root(parent, primary));
            primaries.set(primary);
            if (inner.contains(covered)) {
                nested.set(covered);
            }
            grouped.set(subject[covered]);
        });
        // a primary whose covered pairs were all taken by another first is in that one's group
        parent.keySet().forEach(primary -> {
            group.put(primary, root(parent, primary));
            primaries.set(primary);
        });
    }

    /** Whether {@code listed} names a relationship of pair q's interests, or, with {@code byHolder}, q's holder. */
    private boolean lists(Set<String> listed, int q, boolean byHolder, int[] order, int[] firstOfPair) {
        if (byHolder && listed.contains(keys[holder[q]])) {
            return true;
        }
        for (int k = firstOfPair[q]; k < firstOfPair[q + 1]; k++) {
            if (listed.contains(factKey[order[k]])) {
                return true;
            }
        }
        return false;
    }

    private static int root(Map<Integer, Integer> parent, int primary) {
        int r = primary;
        for (Integer up = parent.get(r); up != null; up = parent.get(r)) {
            r = up;
        }
        for (int at = primary; at != r;) { // path compression
            int up = parent.put(at, r);
            at = up;
        }
        return r;
    }

    /** Pair {@code p} from the interests {@code order[from..to)}; restatements of a type count once, the largest. */
    private void pair(int p, int h, int s, int[] order, int from, int to) {
        double votes = NO_FIGURE, shares = NO_FIGURE;
        int votesFact = NONE, sharesFact = NONE, control = NONE, influence = NONE;
        for (int k = from; k < to; k++) {
            int f = order[k];
            double figure = factFigure[f];
            InterestType type = type(f);
            if (type == InterestType.SHAREHOLDING && !Double.isNaN(figure)
                    && (Double.isNaN(shares) || larger(f, sharesFact))) {
                shares = figure;
                sharesFact = f;
            } else if (type == InterestType.VOTING_RIGHTS && !Double.isNaN(figure)
                    && (Double.isNaN(votes) || larger(f, votesFact))) {
                votes = figure;
                votesFact = f;
            } else if (isControl(type) && (control == NONE || earlier(f, control))) {
                control = f;
            } else if (isInfluence(type) && (influence == NONE || earlier(f, influence))) {
                influence = f;
            }
        }
        boolean hasVotes = !Double.isNaN(votes), hasShares = !Double.isNaN(shares);
        holder[p] = h;
        subject[p] = s;
        voting[p] = hasVotes ? votes : hasShares ? shares : 0;
        votingFact[p] = hasVotes ? votesFact : sharesFact;
        owned[p] = hasShares ? shares : hasVotes ? votes : 0;
        ownedFact[p] = hasShares ? sharesFact : votesFact;
        controlFact[p] = control;
        influenceFact[p] = influence;
        flags[p] = (byte) ((control != NONE ? CONTROL : 0) | (influence != NONE ? INFLUENCE : 0)
                | (votingFact[p] != NONE && factAbove(votingFact[p]) ? VOTING_ABOVE : 0)
                | (ownedFact[p] != NONE && factAbove(ownedFact[p]) ? OWNED_ABOVE : 0));
    }

    /**
     * Whether fact {@code f}'s figure is larger than fact {@code best}'s: "more than 50" is larger than "50", and
     * among equal figures the choice is stable.
     */
    private boolean larger(int f, int best) {
        if (factFigure[f] != factFigure[best]) {
            return factFigure[f] > factFigure[best];
        }
        return factAbove(f) != factAbove(best) ? factAbove(f) : earlier(f, best);
    }

    /** A stable choice among equal facts, whatever order the store delivered them in. */
    private boolean earlier(int a, int b) {
        int c = factKey[a].compareTo(factKey[b]);
        return c < 0 || c == 0 && factIndex[a] < factIndex[b];
    }

    private InterestType type(int fact) {
        int type = factType[fact] & ~ABOVE;
        return type == 0 ? null : TYPES[type - 1];
    }

    /** Whether fact {@code f}'s figure is an exclusive minimum: the share is more than it. */
    private boolean factAbove(int f) {
        return (factType[f] & ABOVE) != 0;
    }

    /** Whether pair {@code p}'s voting figure is an exclusive minimum. */
    boolean votingAbove(int p) {
        return (flags[p] & VOTING_ABOVE) != 0;
    }

    /** Whether pair {@code p}'s owned figure is an exclusive minimum. */
    boolean ownedAbove(int p) {
        return (flags[p] & OWNED_ABOVE) != 0;
    }

    /** The index of an entity key, or -1. */
    int indexOf(String key) {
        int i = key == null ? -1 : Arrays.binarySearch(keys, key);
        return i < 0 ? -1 : i;
    }

    /** The interest behind fact index {@code f}, or null for {@link #NONE}. */
    Fact fact(int f) {
        if (f == NONE) {
            return null;
        }
        return new Fact(factKey[f], factIndex[f], type(f), factFigure[f], date(factStart[f]), date(factEnd[f]));
    }

    private static LocalDate date(int epochDay) {
        return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static int epochDay(LocalDate date) {
        return date == null ? NO_DATE : Math.toIntExact(date.toEpochDay());
    }

    /**
     * Reads the graph. Interests outside their dates at {@code asOf}, and interests of an entity in itself, are left
     * out; entities that interests name but that no statement describes become stubs.
     */
    static Projection load(GraphView graph, LocalDate asOf, IProgressMonitor monitor) {
        var counts = graph.counts();
        EntityColumns entities = new EntityColumns((int) Math.min(counts.entities(), Integer.MAX_VALUE - 8));
        graph.entities(e -> {
            checkCancel(monitor);
            entities.add(e);
        }, monitor);
        entities.sortByKey();
        InterestColumns interests = new InterestColumns((int) Math.min(counts.interests(), Integer.MAX_VALUE - 8),
                entities);
        graph.interests(i -> {
            checkCancel(monitor);
            if (validAt(i.startDate(), i.endDate(), asOf) && !i.holderKey().equals(i.subjectKey())) {
                interests.add(i);
            }
        }, monitor);
        interests.addStubs();
        return new Projection(entities, interests);
    }

    static boolean validAt(LocalDate start, LocalDate end, LocalDate date) {
        return (start == null || !start.isAfter(date)) && (end == null || !end.isBefore(date));
    }

    static void checkCancel(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The figure an interest counts with: its exact share, or the minimum of its range, or none. */
    static double figure(InterestRecord i) {
        return i.shareExact() != null ? i.shareExact() : i.shareMinimum() != null ? i.shareMinimum() : NO_FIGURE;
    }

    /** Whether the share is more than {@link #figure}: a range whose minimum is exclusive ("more than 50%"). */
    static boolean above(InterestRecord i) {
        return i.shareExact() == null && i.shareMinimum() != null && i.exclusiveMinimum();
    }

    static boolean isControl(InterestType type) {
        return type == InterestType.APPOINTMENT_OF_BOARD || type == InterestType.CONTROL_VIA_COMPANY_RULES_OR_ARTICLES
                || type == InterestType.CONTROL_BY_LEGAL_FRAMEWORK;
    }

    static boolean isInfluence(InterestType type) {
        return type == InterestType.BOARD_MEMBER || type == InterestType.BOARD_CHAIR
                || type == InterestType.SENIOR_MANAGING_OFFICIAL || type == InterestType.OTHER_INFLUENCE_OR_CONTROL
                || type == InterestType.RIGHTS_GRANTED_BY_CONTRACT
                || type == InterestType.CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT;
    }

    /**
     * The interest that a link keeps as its evidence: what an explanation shows, without the holder's and subject's
     * keys (the link has their indexes).
     *
     * @param figure the figure it counts with, or NaN
     */
    record Fact(String relationshipKey, int index, InterestType type, double figure, LocalDate startDate,
            LocalDate endDate) {
    }

    private static int grow(int length) {
        return Math.max(16, length + (length >> 1));
    }

    /** The entities as columns, grown as they are read, then put in key order. */
    private static final class EntityColumns {
        int count;
        String[] keys, names, jurisdiction;
        String[][] nationalities;
        boolean[] person, stub, state, listed;
        /** One instance per jurisdiction or nationality code, instead of one per entity. */
        private final Map<String, String> codes = new HashMap<>();

        EntityColumns(int capacity) {
            resize(Math.max(16, capacity));
        }

        private void resize(int capacity) {
            keys = keys == null ? new String[capacity] : Arrays.copyOf(keys, capacity);
            names = names == null ? new String[capacity] : Arrays.copyOf(names, capacity);
            jurisdiction = jurisdiction == null ? new String[capacity] : Arrays.copyOf(jurisdiction, capacity);
            nationalities = nationalities == null ? new String[capacity][] : Arrays.copyOf(nationalities, capacity);
            person = person == null ? new boolean[capacity] : Arrays.copyOf(person, capacity);
            stub = stub == null ? new boolean[capacity] : Arrays.copyOf(stub, capacity);
            state = state == null ? new boolean[capacity] : Arrays.copyOf(state, capacity);
            listed = listed == null ? new boolean[capacity] : Arrays.copyOf(listed, capacity);
        }

        void add(EntityRecord e) {
            if (count == keys.length) {
                resize(grow(count));
            }
            int i = count++;
            keys[i] = e.key();
            names[i] = e.name() == null ? e.key() : e.name();
            person[i] = e.person();
            stub[i] = e.name() == null && e.entityType() == null && !e.person() && e.jurisdiction() == null;
            state[i] = e.entityType() == EntityType.STATE || e.entityType() == EntityType.STATE_BODY;
            listed[i] = e.publicListing();
            jurisdiction[i] = code(e.jurisdiction());
            nationalities[i] = e.nationalities().isEmpty() ? NO_CODES
                    : e.nationalities().stream().map(this::code).toArray(String[]::new);
        }

        void addStub(String key) {
            if (count == keys.length) {
                resize(grow(count));
            }
            int i = count++;
            keys[i] = key;
            names[i] = key;
            stub[i] = true;
            nationalities[i] = NO_CODES;
        }

        private String code(String code) {
            return code == null ? null : codes.computeIfAbsent(code.strip().toUpperCase(), c -> c);
        }

        /** Trims the columns to the entities read and puts them in key order (the store delivers them so). */
        void sortByKey() {
            if (keys.length != count) {
                resize(count);
            }
            for (int i = 1; i < count; i++) {
                if (keys[i - 1].compareTo(keys[i]) > 0) {
                    Integer[] order = new Integer[count];
                    Arrays.setAll(order, k -> k);
                    Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
                    reorder(Arrays.stream(order).mapToInt(Integer::intValue).toArray());
                    return;
                }
            }
        }

        /** Rearranges the columns so that new index k holds what old index {@code order[k]} held. */
        void reorder(int[] order) {
            keys = permute(keys, order, String[]::new);
            names = permute(names, order, String[]::new);
            jurisdiction = permute(jurisdiction, order, String[]::new);
            nationalities = permute(nationalities, order, String[][]::new);
            person = permute(person, order);
            stub = permute(stub, order);
            state = permute(state, order);
            listed = permute(listed, order);
        }

        private static <T> T[] permute(T[] column, int[] order, java.util.function.IntFunction<T[]> array) {
            T[] result = array.apply(order.length);
            for (int k = 0; k < order.length; k++) {
                result[k] = column[order[k]];
            }
            return result;
        }

        private static boolean[] permute(boolean[] column, int[] order) {
            boolean[] result = new boolean[order.length];
            for (int k = 0; k < order.length; k++) {
                result[k] = column[order[k]];
            }
            return result;
        }
    }

    /**
     * The interests valid at the date, as columns. Holders and subjects are entity indexes; a key no entity has gets
     * a stub index past the entities until {@link #addStubs} merges the stubs into key order.
     */
    private static final class InterestColumns {
        private final EntityColumns entities;
        private final int described;
        private final Map<String, Integer> stubs = new HashMap<>();
        int count;
        int[] holder, subject, index, start, end;
        String[] key;
        byte[] type;
        double[] figure;
        /** The component record ids of the interests whose relationship lists some, by interest. */
        final Map<Integer, String[]> components = new HashMap<>();

        InterestColumns(int capacity, EntityColumns entities) {
            this.entities = entities;
            this.described = entities.count;
            resize(Math.max(16, capacity));
        }

        private void resize(int capacity) {
            holder = holder == null ? new int[capacity] : Arrays.copyOf(holder, capacity);
            subject = subject == null ? new int[capacity] : Arrays.copyOf(subject, capacity);
            index = index == null ? new int[capacity] : Arrays.copyOf(index, capacity);
            start = start == null ? new int[capacity] : Arrays.copyOf(start, capacity);
            end = end == null ? new int[capacity] : Arrays.copyOf(end, capacity);
            key = key == null ? new String[capacity] : Arrays.copyOf(key, capacity);
            type = type == null ? new byte[capacity] : Arrays.copyOf(type, capacity);
            figure = figure == null ? new double[capacity] : Arrays.copyOf(figure, capacity);
        }

        void add(InterestRecord i) {
            if (count == holder.length) {
                resize(grow(count));
            }
            int f = count++;
            holder[f] = entity(i.holderKey());
            subject[f] = entity(i.subjectKey());
            // interests of one relationship mostly come one after the other: one key string for all of them
            key[f] = f > 0 && i.relationshipKey().equals(key[f - 1]) ? key[f - 1] : i.relationshipKey();
            index[f] = i.index();
            type[f] = (byte) ((i.type() == null ? 0 : i.type().ordinal() + 1) | (above(i) ? ABOVE : 0));
            figure[f] = figure(i);
            start[f] = epochDay(i.startDate());
            end[f] = epochDay(i.endDate());
            if (!i.componentRecords().isEmpty()) {
                components.put(f, i.componentRecords().toArray(String[]::new));
            }
        }

        private int entity(String entityKey) {
            int i = Arrays.binarySearch(entities.keys, 0, described, entityKey);
            return i >= 0 ? i : stubs.computeIfAbsent(entityKey, k -> described + stubs.size());
        }

        /** Adds the stubs to the entities and puts them all in key order, renumbering holders and subjects. */
        void addStubs() {
            if (stubs.isEmpty()) {
                return;
            }
            List<String> stubKeys = new ArrayList<>(stubs.keySet());
            stubKeys.sort(null);
            // stubs were numbered as they were met; appended in key order they follow the described entities
            int[] appended = new int[stubKeys.size()];
            for (String stubKey : stubKeys) {
                appended[stubs.get(stubKey) - described] = entities.count;
                entities.addStub(stubKey);
            }
            // both runs are in key order: merge them
            int[] order = new int[entities.count];
            int[] newIndex = new int[entities.count];
            for (int a = 0, b = described, k = 0; k < order.length; k++) {
                int next = b == order.length || a < described && entities.keys[a].compareTo(entities.keys[b]) < 0
                        ? a++ : b++;
                order[k] = next;
                newIndex[next] = k;
            }
            entities.reorder(order);
            for (int f = 0; f < count; f++) {
                holder[f] = newIndex[holder[f] < described ? holder[f] : appended[holder[f] - described]];
                subject[f] = newIndex[subject[f] < described ? subject[f] : appended[subject[f] - described]];
            }
        }

        /** Whether interests {@code f} and {@code g} have the same holder and subject, i.e. make one pair. */
        boolean sameLink(int f, int g) {
            return subject[f] == subject[g] && holder[f] == holder[g];
        }

        /** The interests in pair order: by subject, then holder, then the order they were read in. */
        int[] bySubjectThenHolder(int entityCount) {
            int[] first = new int[entityCount + 1];
            for (int f = 0; f < count; f++) {
                first[subject[f] + 1]++;
            }
            for (int t = 0; t < entityCount; t++) {
                first[t + 1] += first[t];
            }
            long[] holderAndFact = new long[count];
            int[] fill = Arrays.copyOf(first, entityCount);
            for (int f = 0; f < count; f++) {
                holderAndFact[fill[subject[f]]++] = (long) holder[f] << 32 | f;
            }
            int[] order = new int[count];
            for (int t = 0; t < entityCount; t++) {
                Arrays.sort(holderAndFact, first[t], first[t + 1]);
            }
            for (int k = 0; k < count; k++) {
                order[k] = (int) holderAndFact[k];
            }
            return order;
        }
    }
}
