package org.longarm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.longarm.model.Device;
import org.longarm.model.Identifier;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmFactory;
import org.longarm.model.Organisation;
import org.longarm.model.ProductLine;
import org.longarm.model.Relationship;
import org.longarm.model.Site;

/** The constraints declared in longarm.ecore, checked through EMF's Diagnostician as any client would. */
class ModelConstraintsTest {

    private static final LongarmFactory F = LongarmFactory.eINSTANCE;

    @Test
    void aWellFormedRelationshipIsValid() {
        assertEquals("", problems(relationship(interest(25.0, null, null))));
    }

    @Test
    void sharesMustLieWithinZeroAndOneHundred() {
        assertTrue(problems(relationship(interest(100.5, null, null))).contains("shareWithinRange"));
        assertTrue(problems(relationship(interest(null, -1.0, 10.0))).contains("shareWithinRange"));
        assertEquals("", problems(relationship(interest(0.0, 0.0, 100.0))));
    }

    @Test
    void aRangeMinimumMustNotExceedItsMaximum() {
        assertTrue(problems(relationship(interest(null, 60.0, 50.0))).contains("minimumNotAboveMaximum"));
    }

    @Test
    void anInterestCannotEndBeforeItStarts() {
        Interest interest = interest(30.0, null, null);
        interest.setStartDate(LocalDate.of(2024, 1, 2));
        interest.setEndDate(LocalDate.of(2024, 1, 1));
        assertTrue(problems(relationship(interest)).contains("startNotAfterEnd"));
        interest.setEndDate(LocalDate.of(2024, 1, 2));
        assertEquals("", problems(relationship(interest)), "a one-day interest is fine");
    }

    @Test
    void noEntityHoldsAnInterestInItself() {
        Relationship relationship = relationship(interest(10.0, null, null));
        Organisation twin = organisation(relationship.getSubject().getId());
        relationship.setInterestedParty(twin);
        assertTrue(problems(relationship).contains("noInterestInItself"));
    }

    @Test
    void keysAreRequiredAndNotBlank() {
        Site site = F.createSite();
        assertTrue(problems(site).contains("keyNotBlank"));
        site.setId("   ");
        assertTrue(problems(site).contains("keyNotBlank"));
        Device device = F.createDevice();
        device.setAssetId("CAM-1");
        device.setSite(site);
        site.setId("S1");
        assertTrue(problems(device).contains("brand"), "a device needs its brand: " + problems(device));
    }

    @Test
    void identifiersNeedSchemeAndId() {
        Organisation organisation = organisation("o1");
        Identifier identifier = F.createIdentifier();
        identifier.setScheme("GB-COH");
        organisation.getIdentifiers().add(identifier);
        assertTrue(problems(organisation).contains("schemeAndIdSet"));
    }

    @Test
    void productLinesAndOrganisationsHaveOrderedDates() {
        ProductLine line = F.createProductLine();
        line.setId("p1");
        line.setModel("*");
        line.setBrand(F.createBrand());
        line.getBrand().setId("b");
        line.setValidFrom(LocalDate.of(2023, 5, 1));
        line.setValidTo(LocalDate.of(2023, 4, 30));
        assertTrue(problems(line).contains("validFromNotAfterValidTo"));
        Organisation organisation = organisation("o2");
        organisation.setFoundingDate(LocalDate.of(2020, 1, 1));
        organisation.setDissolutionDate(LocalDate.of(2019, 1, 1));
        assertTrue(problems(organisation).contains("foundingNotAfterDissolution"));
    }

    private static String problems(EObject object) {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(object);
        return diagnostic.getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
    }

    private static Relationship relationship(Interest interest) {
        Relationship relationship = F.createRelationship();
        relationship.setId("r1");
        relationship.setSubject(organisation("subject"));
        relationship.setInterestedParty(organisation("holder"));
        relationship.getInterests().add(interest);
        return relationship;
    }

    private static Interest interest(Double exact, Double minimum, Double maximum) {
        Interest interest = F.createInterest();
        interest.setType(InterestType.SHAREHOLDING);
        interest.setShareExact(exact);
        interest.setShareMinimum(minimum);
        interest.setShareMaximum(maximum);
        return interest;
    }

    private static Organisation organisation(String id) {
        Organisation organisation = F.createOrganisation();
        organisation.setId(id);
        return organisation;
    }
}
