package org.longarm.core.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * compressed rows, so that the fixpoints touch no map and no model object.
 */
final class Projection {

    static final byte CONTROL = 1, INFLUENCE = 2;
    private static final double NONE = Double.NaN;

    // entities
    final int size;
    final String[] keys;
    final String[] names;
    final boolean[] person;
    final boolean[] stub;
    final boolean[] state;
    final boolean[] listed;
    final String[] jurisdiction;
    final String[][] nationalities;
    private final Map<String, Integer> index;

    // holder -> subject pairs, sorted by subject then holder
    final int pairs;
    final int[] holder;
    final int[] subject;
    final double[] voting; // voting figure, shareholding if no voting figure, 0 if neither
    final double[] owned; // shareholding figure, voting if no shareholding figure, 0 if neither
    final byte[] flags;
    final Fact[] votingFact, ownedFact, controlFact, influenceFact;

    // compressed rows: holders of t are pairs holdersStart[t]..holdersStart[t+1]-1 (pairs are sorted by subject);
    // holdings of h are holdingPairs[holdingsStart[h]..holdingsStart[h+1]-1]
    final int[] holdersStart;
    final int[] holdingsStart;
    final int[] holdingPairs;

    private Projection(List<EntityRecord> entities, Map<String, Integer> index, List<Pair> pairList) {
        this.size = entities.size();
        this.index = index;
        keys = new String[size];
        names = new String[size];
        person = new boolean[size];
        stub = new boolean[size];
        state = new boolean[size];
        listed = new boolean[size];
        jurisdiction = new String[size];
        nationalities = new String[size][];
        for (int i = 0; i < size; i++) {
            EntityRecord e = entities.get(i);
            keys[i] = e.key();
            names[i] = e.name() == null ? e.key() : e.name();
            person[i] = e.person();
            stub[i] = e.name() == null && e.entityType() == null && !e.person() && e.jurisdiction() == null;
            state[i] = e.entityType() == EntityType.STATE || e.entityType() == EntityType.STATE_BODY;
            listed[i] = e.publicListing();
            jurisdiction[i] = e.jurisdiction() == null ? null : e.jurisdiction().strip().toUpperCase();
            nationalities[i] = e.nationalities().stream().map(n -> n.strip().toUpperCase()).toArray(String[]::new);
        }
        pairList.sort((a, b) -> a.subject != b.subject ? Integer.compare(a.subject, b.subject)
                : Integer.compare(a.holder, b.holder));
        pairs = pairList.size();
        holder = new int[pairs];
        subject = new int[pairs];
        voting = new double[pairs];
        owned = new double[pairs];
        flags = new byte[pairs];
        votingFact = new Fact[pairs];
        ownedFact = new Fact[pairs];
        controlFact = new Fact[pairs];
        influenceFact = new Fact[pairs];
        holdersStart = new int[size + 1];
        int[] holdingsCount = new int[size + 1];
        for (int p = 0; p < pairs; p++) {
            Pair pair = pairList.get(p);
            holder[p] = pair.holder;
            subject[p] = pair.subject;
            boolean hasVoting = !Double.isNaN(pair.voting), hasShares = !Double.isNaN(pair.shares);
            voting[p] = hasVoting ? pair.voting : hasShares ? pair.shares : 0;
            votingFact[p] = hasVoting ? pair.votingFact : pair.sharesFact;
            owned[p] = hasShares ? pair.shares : hasVoting ? pair.voting : 0;
            ownedFact[p] = hasShares ? pair.sharesFact : pair.votingFact;
            controlFact[p] = pair.controlFact;
            influenceFact[p] = pair.influenceFact;
            flags[p] = (byte) ((pair.controlFact != null ? CONTROL : 0) | (pair.influenceFact != null ? INFLUENCE : 0));
            holdersStart[pair.subject + 1]++;
            holdingsCount[pair.holder + 1]++;
        }
        for (int i = 0; i < size; i++) {
            holdersStart[i + 1] += holdersStart[i];
            holdingsCount[i + 1] += holdingsCount[i];
        }
        holdingsStart = holdingsCount.clone();
        holdingPairs = new int[pairs];
        int[] fill = Arrays.copyOf(holdingsCount, size);
        for (int p = 0; p < pairs; p++) {
            holdingPairs[fill[holder[p]]++] = p;
        }
    }

    /** The index of an entity key, or -1. */
    int indexOf(String key) {
        Integer i = key == null ? null : index.get(key);
        return i == null ? -1 : i;
    }

    /**
     * Reads the graph. Interests outside their dates at {@code asOf}, and interests of an entity in itself, are left
     * out; entities that interests name but that no statement describes become stubs.
     */
    static Projection load(GraphView graph, LocalDate asOf, IProgressMonitor monitor) {
        List<EntityRecord> entities = new ArrayList<>();
        graph.entities(e -> {
            checkCancel(monitor);
            entities.add(e);
        }, monitor);
        List<InterestRecord> valid = new ArrayList<>();
        graph.interests(i -> {
            checkCancel(monitor);
            if (validAt(i.startDate(), i.endDate(), asOf) && !i.holderKey().equals(i.subjectKey())) {
                valid.add(i);
            }
        }, monitor);
        Map<String, Integer> known = new HashMap<>(entities.size() * 2);
        entities.forEach(e -> known.put(e.key(), -1));
        for (InterestRecord i : valid) {
            for (String key : new String[] { i.holderKey(), i.subjectKey() }) {
                if (!known.containsKey(key)) {
                    known.put(key, -1);
                    entities.add(new EntityRecord(key, null, false, null, null, List.of(), false, List.of()));
                }
            }
        }
        entities.sort((a, b) -> a.key().compareTo(b.key()));
        Map<String, Integer> index = new HashMap<>(entities.size() * 2);
        for (int k = 0; k < entities.size(); k++) {
            index.put(entities.get(k).key(), k);
        }
        Map<Long, Pair> pairs = new HashMap<>();
        long n = entities.size();
        for (InterestRecord i : valid) {
            int h = index.get(i.holderKey()), s = index.get(i.subjectKey());
            pairs.computeIfAbsent(h * n + s, k -> new Pair(h, s)).add(i);
        }
        return new Projection(entities, index, new ArrayList<>(pairs.values()));
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
        return i.shareExact() != null ? i.shareExact() : i.shareMinimum() != null ? i.shareMinimum() : NONE;
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
     * keys (the link has their indexes), so that the projection stays small.
     *
     * @param figure the figure it counts with, or NaN
     */
    record Fact(String relationshipKey, int index, InterestType type, double figure, LocalDate startDate,
            LocalDate endDate) {
        static Fact of(InterestRecord i) {
            return new Fact(i.relationshipKey(), i.index(), i.type(), Projection.figure(i), i.startDate(), i.endDate());
        }
    }

    /** The interests between one holder and one subject; restatements of a type count once, with the largest figure. */
    private static final class Pair {
        final int holder, subject;
        double voting = NONE, shares = NONE;
        Fact votingFact, sharesFact, controlFact, influenceFact;

        Pair(int holder, int subject) {
            this.holder = holder;
            this.subject = subject;
        }

        void add(InterestRecord i) {
            double figure = figure(i);
            if (i.type() == InterestType.SHAREHOLDING && !Double.isNaN(figure)
                    && (Double.isNaN(shares) || figure > shares || figure == shares && earlier(i, sharesFact))) {
                shares = figure;
                sharesFact = Fact.of(i);
            } else if (i.type() == InterestType.VOTING_RIGHTS && !Double.isNaN(figure)
                    && (Double.isNaN(voting) || figure > voting || figure == voting && earlier(i, votingFact))) {
                voting = figure;
                votingFact = Fact.of(i);
            } else if (isControl(i.type()) && (controlFact == null || earlier(i, controlFact))) {
                controlFact = Fact.of(i);
            } else if (isInfluence(i.type()) && (influenceFact == null || earlier(i, influenceFact))) {
                influenceFact = Fact.of(i);
            }
        }

        /** A stable choice among equal facts, whatever order the store delivered them in. */
        private static boolean earlier(InterestRecord a, Fact b) {
            int c = a.relationshipKey().compareTo(b.relationshipKey());
            return c < 0 || c == 0 && a.index() < b.index();
        }
    }
}
