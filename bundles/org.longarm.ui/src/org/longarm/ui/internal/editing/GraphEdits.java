package org.longarm.ui.internal.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.longarm.model.Entity;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage.Literals;
import org.longarm.model.Relationship;
import org.longarm.model.Source;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * The analyst's edits of the ownership graph as {@link StoreCommand}s: add an interest, change or end one (each with
 * a new {@link Source} saying where the analyst has it from), and set one property. Run them with
 * {@link WorkbenchSession#execute}, which puts them on the undo stack.
 */
public final class GraphEdits {

    /** Publisher of every source the analyst records in the workbench. */
    public static final String PUBLISHER = "Longarm workbench (analyst entry)";

    private GraphEdits() {
    }

    /** An interest's type, share (exact, or a range) in percent, and the dates it holds between (null = open). */
    public record InterestValues(InterestType type, Double shareExact, Double shareMinimum, Double shareMaximum,
            LocalDate start, LocalDate end) {

        public static InterestValues of(Interest interest) {
            return new InterestValues(interest.getType(), interest.getShareExact(), interest.getShareMinimum(),
                    interest.getShareMaximum(), interest.getStartDate(), interest.getEndDate());
        }

        /** The same interest ended on {@code date}. */
        public InterestValues endedOn(LocalDate date) {
            return new InterestValues(type, shareExact, shareMinimum, shareMaximum, start, date);
        }

        /** The share as the analyst writes it: "51", "25-50" or "" (unknown). */
        public String shareText() {
            if (shareExact != null) {
                return number(shareExact);
            }
            if (shareMinimum != null || shareMaximum != null) {
                return (shareMinimum == null ? "" : number(shareMinimum)) + "-"
                        + (shareMaximum == null ? "" : number(shareMaximum));
            }
            return "";
        }

        private static String number(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }

        /**
         * Parses a share as the analyst writes it: empty (unknown), a percentage ("51") or a range ("25-50", either
         * bound may be left out).
         *
         * @throws IllegalArgumentException when it is neither, or a figure lies outside 0..100 or the range is reversed
         */
        public static InterestValues withShare(InterestType type, String share, LocalDate start, LocalDate end) {
            String text = share == null ? "" : share.strip().replace('\u2013', '-').replace("%", "");
            Double exact = null;
            Double minimum = null;
            Double maximum = null;
            try {
                int dash = text.indexOf('-', 1);
                if (dash > 0) {
                    String low = text.substring(0, dash).strip();
                    String high = text.substring(dash + 1).strip();
                    minimum = low.isEmpty() ? null : Double.valueOf(low);
                    maximum = high.isEmpty() ? null : Double.valueOf(high);
                } else if (!text.isEmpty()) {
                    exact = Double.valueOf(text);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the share is a percentage (51) or a range (25-50), not: " + share);
            }
            for (Double figure : new Double[] { exact, minimum, maximum }) {
                if (figure != null && (figure < 0 || figure > 100)) {
                    throw new IllegalArgumentException("a share is a percentage between 0 and 100: " + share);
                }
            }
            if (minimum != null && maximum != null && minimum > maximum) {
                throw new IllegalArgumentException("the range's lower bound is above its upper bound: " + share);
            }
            if (start != null && end != null && start.isAfter(end)) {
                throw new IllegalArgumentException("the interest ends (" + end + ") before it starts (" + start + ")");
            }
            return new InterestValues(type, exact, minimum, maximum, start, end);
        }

        void applyTo(Interest interest) {
            interest.setType(type);
            interest.setShareExact(shareExact);
            interest.setShareMinimum(shareMinimum);
            interest.setShareMaximum(shareMaximum);
            interest.setStartDate(start);
            interest.setEndDate(end);
        }
    }

    /** What the analyst enters for a new interest. */
    public record NewInterest(String holderKey, String subjectKey, InterestValues values, String sourceDescription,
            String sourceUrl) {

        /** A new interest with an exact share (or none). */
        public NewInterest(String holderKey, String subjectKey, InterestType type, Double share, LocalDate start,
                LocalDate end, String sourceDescription, String sourceUrl) {
            this(holderKey, subjectKey, new InterestValues(type, share, null, null, start, end), sourceDescription,
                    sourceUrl);
        }
    }

    /**
     * A new source for what the analyst records: publisher {@link #PUBLISHER}, statement date today, and the instant
     * of the edit, so that an imported statement of the same day counts as newer only when it was made later.
     */
    public static Source analystSource(String id, String description, String url) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("say where this comes from (source)");
        }
        Source source = LongarmFactory.eINSTANCE.createSource();
        source.setId(id);
        source.setPublisherName(PUBLISHER);
        source.setStatementDate(LocalDate.now());
        source.setStatementTime(java.time.Instant.now());
        source.setDescription(description.strip());
        source.setUrl(url == null || url.isBlank() ? null : url.strip());
        return source;
    }

    /** Records a new relationship (one interest) with its source; undo deletes both. */
    public static StoreCommand addInterest(WorkbenchSession session, NewInterest interest) {
        LongarmFactory f = LongarmFactory.eINSTANCE;
        String id = "workbench-" + UUID.randomUUID();
        Source source = analystSource(id + "-source", interest.sourceDescription(), interest.sourceUrl());
        Relationship relationship = f.createRelationship();
        relationship.setId(id);
        relationship.setSubject(reference(session, interest.subjectKey()));
        relationship.setInterestedParty(reference(session, interest.holderKey()));
        Interest i = f.createInterest();
        interest.values().applyTo(i);
        relationship.getInterests().add(i);
        relationship.getSources().add(source);
        String label = "Add " + interest.values().type().getLiteral() + " of " + interest.holderKey() + " in "
                + interest.subjectKey();
        return new StoreCommand(label, session::store, null, null, List.of(source, relationship));
    }

    /**
     * Changes interest {@code index} of a relationship loaded for editing ({@link WorkbenchSession#editable}) to
     * {@code after}, and appends a new source; undo restores the interest and deletes the source.
     *
     * @param subjectKey the subject's key, for the command's label
     * @throws IllegalArgumentException when {@code after} changes nothing
     */
    public static StoreCommand changeInterest(WorkbenchSession session, Relationship relationship, int index,
            String subjectKey, InterestValues after, String sourceDescription, String sourceUrl) {
        Interest interest = relationship.getInterests().get(index);
        InterestValues before = InterestValues.of(interest);
        EditingDomain domain = session.editingDomain();
        CompoundCommand change = new CompoundCommand();
        set(domain, change, interest, Literals.INTEREST__TYPE, before.type(), after.type());
        set(domain, change, interest, Literals.INTEREST__SHARE_EXACT, before.shareExact(), after.shareExact());
        set(domain, change, interest, Literals.INTEREST__SHARE_MINIMUM, before.shareMinimum(), after.shareMinimum());
        set(domain, change, interest, Literals.INTEREST__SHARE_MAXIMUM, before.shareMaximum(), after.shareMaximum());
        if (!Objects.equals(before.shareExact(), after.shareExact())
                || !Objects.equals(before.shareMinimum(), after.shareMinimum())
                || !Objects.equals(before.shareMaximum(), after.shareMaximum())) {
            // the analyst writes bounds that hold ("25-50"): a bound the data gave as exclusive is replaced too
            set(domain, change, interest, Literals.INTEREST__EXCLUSIVE_MINIMUM, interest.isExclusiveMinimum(), false);
            set(domain, change, interest, Literals.INTEREST__EXCLUSIVE_MAXIMUM, interest.isExclusiveMaximum(), false);
        }
        set(domain, change, interest, Literals.INTEREST__START_DATE, before.start(), after.start());
        set(domain, change, interest, Literals.INTEREST__END_DATE, before.end(), after.end());
        if (change.isEmpty()) {
            throw new IllegalArgumentException("nothing was changed");
        }
        boolean ending = after.end() != null && !after.end().equals(before.end())
                && after.equals(before.endedOn(after.end()));
        Source source = analystSource(relationship.getId() + "-workbench-" + UUID.randomUUID(), sourceDescription,
                sourceUrl);
        change.append(AddCommand.create(domain, relationship, Literals.SOURCED__SOURCES, source));
        String label = (ending ? "End interest in " : "Change interest in ") + subjectKey;
        return new StoreCommand(label, session::store, change, relationship, List.of(source));
    }

    /**
     * Sets one attribute of an object loaded for editing (or of an object it contains) and saves the stored object
     * that holds it; undo sets the old value back.
     */
    public static StoreCommand setProperty(WorkbenchSession session, EObject object, EStructuralFeature feature,
            Object value, String displayName) {
        EObject stored = EcoreUtil.getRootContainer(object);
        Command set = SetCommand.create(session.editingDomain(), object, feature, value);
        String key = EcoreUtil.getID(stored);
        return new StoreCommand("Set " + displayName + " of " + (key == null ? stored.eClass().getName() : key),
                session::store, set, stored, List.of());
    }

    private static void set(EditingDomain domain, CompoundCommand change, Interest interest,
            EStructuralFeature feature, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            change.append(SetCommand.create(domain, interest, feature, after));
        }
    }

    /**
     * The party of a new relationship: the copy loaded for editing, so that the relationship (which later edits work
     * on) shows its parties whole; an organisation of that key when none is stored. The store writes only its key.
     * One read by key on first use, on the thread that builds the command (as the look-up of the party's kind was).
     */
    private static Entity reference(WorkbenchSession session, String key) {
        return session.editable(Literals.ENTITY, key).map(Entity.class::cast).orElseGet(() -> {
            Entity entity = LongarmFactory.eINSTANCE.createOrganisation();
            entity.setId(key);
            return entity;
        });
    }
}
