package org.longarm.model.internal;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EValidator.ValidationDelegate;
import org.longarm.model.Identifier;
import org.longarm.model.Interest;
import org.longarm.model.Organisation;
import org.longarm.model.ProductLine;
import org.longarm.model.Relationship;

/**
 * Implements the constraints that {@code longarm.ecore} declares by name under
 * {@value #URI}. The generated {@code LongarmValidator} calls them through EMF's validation delegate registry,
 * so the generated code stays untouched. The text of each constraint in the ecore is its user-facing description.
 */
public final class LongarmConstraints implements ValidationDelegate {

    /** The validation delegate URI used in the ecore. */
    public static final String URI = "http://www.longarm.org/constraints";

    @Override
    public boolean validate(EClass eClass, EObject eObject, Map<Object, Object> context, EOperation invariant,
            String expression) {
        throw new UnsupportedOperationException("longarm.ecore declares no invariant operations");
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, Map<Object, Object> context, String constraint,
            String expression) {
        return switch (constraint) {
            case "keyNotBlank" -> keyNotBlank(eObject);
            case "schemeAndIdSet" -> notBlank(((Identifier) eObject).getScheme()) && notBlank(((Identifier) eObject).getId());
            case "noInterestInItself" -> noInterestInItself((Relationship) eObject);
            case "shareWithinRange" -> shareWithinRange((Interest) eObject);
            case "minimumNotAboveMaximum" -> minimumNotAboveMaximum((Interest) eObject);
            case "startNotAfterEnd" -> notAfter(((Interest) eObject).getStartDate(), ((Interest) eObject).getEndDate());
            case "validFromNotAfterValidTo" -> notAfter(((ProductLine) eObject).getValidFrom(), ((ProductLine) eObject).getValidTo());
            case "foundingNotAfterDissolution" -> notAfter(((Organisation) eObject).getFoundingDate(), ((Organisation) eObject).getDissolutionDate());
            default -> throw new IllegalArgumentException("unknown constraint " + constraint + " on " + eClass.getName());
        };
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, Map<Object, Object> context, String constraint,
            String expression) {
        throw new UnsupportedOperationException("longarm.ecore declares no data type constraints");
    }

    private static boolean keyNotBlank(EObject object) {
        EAttribute key = object.eClass().getEIDAttribute();
        return key != null && object.eGet(key) instanceof String value && notBlank(value);
    }

    private static boolean noInterestInItself(Relationship relationship) {
        if (relationship.getSubject() == null || relationship.getInterestedParty() == null) {
            return true; // a missing end is the multiplicity check's finding, not this one's
        }
        if (relationship.getSubject() == relationship.getInterestedParty()) {
            return false;
        }
        String subject = relationship.getSubject().getId();
        return subject == null || !subject.equals(relationship.getInterestedParty().getId());
    }

    private static boolean shareWithinRange(Interest interest) {
        return percent(interest.getShareExact()) && percent(interest.getShareMinimum())
                && percent(interest.getShareMaximum());
    }

    private static boolean minimumNotAboveMaximum(Interest interest) {
        return interest.getShareMinimum() == null || interest.getShareMaximum() == null
                || interest.getShareMinimum() <= interest.getShareMaximum();
    }

    private static boolean percent(Double value) {
        return value == null || (value >= 0 && value <= 100);
    }

    private static boolean notAfter(LocalDate start, LocalDate end) {
        return start == null || end == null || !start.isAfter(end);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
