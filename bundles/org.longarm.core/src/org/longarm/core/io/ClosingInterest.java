package org.longarm.core.io;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.longarm.model.Interest;
import org.longarm.model.LongarmFactory;
import org.longarm.model.Relationship;

/**
 * The interest a format gives a relationship whose closing statement lists none (BODS allows a {@code closed}
 * relationship statement without interests). It only ends on the closing date, so that the relationship stops counting
 * even when nothing else is known. When the import writes such a relationship over an earlier statement of its record
 * (stored, or read in the same import), the earlier statement's interests are carried over instead, each ending on the
 * closing date unless it ended already: the closing statement replaces its record without erasing what the record said
 * before it closed, so a verdict as of an earlier date still sees the type and figure of each interest.
 *
 * <p>The mark is held in memory only (an adapter on the object), so it tells this interest from an interest that a
 * statement gives with an end date alone; once written, the interest is an ordinary one.
 *
 * @since 1.3
 */
public final class ClosingInterest {
    private static final Object MARK = new Object();
    private static final AdapterImpl MARKER = new AdapterImpl() {
        @Override
        public boolean isAdapterForType(Object type) {
            return type == MARK;
        }
    };

    private ClosingInterest() {
    }

    /** A new interest that only ends on {@code closedOn}, marked as standing for the interests a closing left out. */
    public static Interest endingOn(LocalDate closedOn) {
        Interest interest = LongarmFactory.eINSTANCE.createInterest();
        interest.setEndDate(closedOn);
        interest.eAdapters().add(MARKER);
        return interest;
    }

    /**
     * Whether {@code relationship} closes without interests of its own: its only interest was made by
     * {@link #endingOn}.
     */
    public static boolean closesWithoutInterests(Relationship relationship) {
        if (relationship.getInterests().size() != 1) {
            return false;
        }
        Interest interest = relationship.getInterests().get(0);
        // the fields first: asking an object for its adapters may allocate their list
        return interest.getEndDate() != null && interest.getStartDate() == null && interest.getShareExact() == null
                && interest.getShareMinimum() == null && interest.getShareMaximum() == null
                && interest.eAdapters().contains(MARKER);
    }
}
