/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.util;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.longarm.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.longarm.model.LongarmPackage
 * @generated
 */
public class LongarmValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final LongarmValidator INSTANCE = new LongarmValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.longarm.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LongarmValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return LongarmPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case LongarmPackage.SOURCED:
				return validateSourced((Sourced)value, diagnostics, context);
			case LongarmPackage.SOURCE:
				return validateSource((Source)value, diagnostics, context);
			case LongarmPackage.JURISDICTION:
				return validateJurisdiction((Jurisdiction)value, diagnostics, context);
			case LongarmPackage.IDENTIFIER:
				return validateIdentifier((Identifier)value, diagnostics, context);
			case LongarmPackage.ENTITY:
				return validateEntity((Entity)value, diagnostics, context);
			case LongarmPackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case LongarmPackage.PERSON:
				return validatePerson((Person)value, diagnostics, context);
			case LongarmPackage.RELATIONSHIP:
				return validateRelationship((Relationship)value, diagnostics, context);
			case LongarmPackage.INTEREST:
				return validateInterest((Interest)value, diagnostics, context);
			case LongarmPackage.BRAND:
				return validateBrand((Brand)value, diagnostics, context);
			case LongarmPackage.PRODUCT_LINE:
				return validateProductLine((ProductLine)value, diagnostics, context);
			case LongarmPackage.SITE:
				return validateSite((Site)value, diagnostics, context);
			case LongarmPackage.DEVICE:
				return validateDevice((Device)value, diagnostics, context);
			case LongarmPackage.IMPORT_RECORD:
				return validateImportRecord((ImportRecord)value, diagnostics, context);
			case LongarmPackage.ENTITY_TYPE:
				return validateEntityType((EntityType)value, diagnostics, context);
			case LongarmPackage.PERSON_TYPE:
				return validatePersonType((PersonType)value, diagnostics, context);
			case LongarmPackage.JURISDICTION_KIND:
				return validateJurisdictionKind((JurisdictionKind)value, diagnostics, context);
			case LongarmPackage.INTEREST_TYPE:
				return validateInterestType((InterestType)value, diagnostics, context);
			case LongarmPackage.DIRECT_OR_INDIRECT:
				return validateDirectOrIndirect((DirectOrIndirect)value, diagnostics, context);
			case LongarmPackage.SUPPLY_RELATION:
				return validateSupplyRelation((SupplyRelation)value, diagnostics, context);
			case LongarmPackage.SITE_SENSITIVITY:
				return validateSiteSensitivity((SiteSensitivity)value, diagnostics, context);
			case LongarmPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			case LongarmPackage.INSTANT:
				return validateInstant((Instant)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourced(Sourced sourced, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sourced, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSource(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(source, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(source, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(source, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(source, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(source, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(source, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(source, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(source, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(source, diagnostics, context);
		if (result || diagnostics != null) result &= validateSource_keyNotBlank(source, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SOURCE__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSource_keyNotBlank(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.SOURCE,
				 source,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 SOURCE__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJurisdiction(Jurisdiction jurisdiction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(jurisdiction, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(jurisdiction, diagnostics, context);
		if (result || diagnostics != null) result &= validateJurisdiction_keyNotBlank(jurisdiction, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Jurisdiction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String JURISDICTION__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Jurisdiction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJurisdiction_keyNotBlank(Jurisdiction jurisdiction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.JURISDICTION,
				 jurisdiction,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 JURISDICTION__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier(Identifier identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(identifier, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentifier_schemeAndIdSet(identifier, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the schemeAndIdSet constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String IDENTIFIER__SCHEME_AND_ID_SET__EEXPRESSION = "an identifier has a scheme and an id, neither blank";

	/**
	 * Validates the schemeAndIdSet constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier_schemeAndIdSet(Identifier identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.IDENTIFIER,
				 identifier,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "schemeAndIdSet",
				 IDENTIFIER__SCHEME_AND_ID_SET__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEntity(Entity entity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(entity, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(entity, diagnostics, context);
		if (result || diagnostics != null) result &= validateEntity_keyNotBlank(entity, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Entity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String ENTITY__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Entity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEntity_keyNotBlank(Entity entity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.ENTITY,
				 entity,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 ENTITY__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(organisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateEntity_keyNotBlank(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateOrganisation_foundingNotAfterDissolution(organisation, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the foundingNotAfterDissolution constraint of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String ORGANISATION__FOUNDING_NOT_AFTER_DISSOLUTION__EEXPRESSION = "foundingDate is not after dissolutionDate";

	/**
	 * Validates the foundingNotAfterDissolution constraint of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation_foundingNotAfterDissolution(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.ORGANISATION,
				 organisation,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "foundingNotAfterDissolution",
				 ORGANISATION__FOUNDING_NOT_AFTER_DISSOLUTION__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerson(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(person, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(person, diagnostics, context);
		if (result || diagnostics != null) result &= validateEntity_keyNotBlank(person, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(relationship, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateRelationship_keyNotBlank(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateRelationship_noInterestInItself(relationship, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String RELATIONSHIP__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship_keyNotBlank(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.RELATIONSHIP,
				 relationship,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 RELATIONSHIP__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the noInterestInItself constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String RELATIONSHIP__NO_INTEREST_IN_ITSELF__EEXPRESSION = "the interested party is not the subject";

	/**
	 * Validates the noInterestInItself constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship_noInterestInItself(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.RELATIONSHIP,
				 relationship,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "noInterestInItself",
				 RELATIONSHIP__NO_INTEREST_IN_ITSELF__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterest(Interest interest, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(interest, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterest_shareWithinRange(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterest_minimumNotAboveMaximum(interest, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterest_startNotAfterEnd(interest, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the shareWithinRange constraint of '<em>Interest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String INTEREST__SHARE_WITHIN_RANGE__EEXPRESSION = "every share figure lies within 0..100";

	/**
	 * Validates the shareWithinRange constraint of '<em>Interest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterest_shareWithinRange(Interest interest, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.INTEREST,
				 interest,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "shareWithinRange",
				 INTEREST__SHARE_WITHIN_RANGE__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the minimumNotAboveMaximum constraint of '<em>Interest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String INTEREST__MINIMUM_NOT_ABOVE_MAXIMUM__EEXPRESSION = "shareMinimum is not above shareMaximum";

	/**
	 * Validates the minimumNotAboveMaximum constraint of '<em>Interest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterest_minimumNotAboveMaximum(Interest interest, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.INTEREST,
				 interest,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "minimumNotAboveMaximum",
				 INTEREST__MINIMUM_NOT_ABOVE_MAXIMUM__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the startNotAfterEnd constraint of '<em>Interest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String INTEREST__START_NOT_AFTER_END__EEXPRESSION = "startDate is not after endDate";

	/**
	 * Validates the startNotAfterEnd constraint of '<em>Interest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterest_startNotAfterEnd(Interest interest, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.INTEREST,
				 interest,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "startNotAfterEnd",
				 INTEREST__START_NOT_AFTER_END__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrand(Brand brand, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(brand, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validateBrand_keyNotBlank(brand, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Brand</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String BRAND__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Brand</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrand_keyNotBlank(Brand brand, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.BRAND,
				 brand,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 BRAND__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProductLine(ProductLine productLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(productLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateProductLine_keyNotBlank(productLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateProductLine_validFromNotAfterValidTo(productLine, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Product Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String PRODUCT_LINE__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Product Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProductLine_keyNotBlank(ProductLine productLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.PRODUCT_LINE,
				 productLine,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 PRODUCT_LINE__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the validFromNotAfterValidTo constraint of '<em>Product Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String PRODUCT_LINE__VALID_FROM_NOT_AFTER_VALID_TO__EEXPRESSION = "validFrom is not after validTo";

	/**
	 * Validates the validFromNotAfterValidTo constraint of '<em>Product Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProductLine_validFromNotAfterValidTo(ProductLine productLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.PRODUCT_LINE,
				 productLine,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "validFromNotAfterValidTo",
				 PRODUCT_LINE__VALID_FROM_NOT_AFTER_VALID_TO__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSite(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(site, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(site, diagnostics, context);
		if (result || diagnostics != null) result &= validateSite_keyNotBlank(site, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SITE__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSite_keyNotBlank(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.SITE,
				 site,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 SITE__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDevice(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(device, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(device, diagnostics, context);
		if (result || diagnostics != null) result &= validateDevice_keyNotBlank(device, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String DEVICE__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDevice_keyNotBlank(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.DEVICE,
				 device,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 DEVICE__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImportRecord(ImportRecord importRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(importRecord, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(importRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateImportRecord_keyNotBlank(importRecord, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the keyNotBlank constraint of '<em>Import Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String IMPORT_RECORD__KEY_NOT_BLANK__EEXPRESSION = "the key attribute is set and not blank";

	/**
	 * Validates the keyNotBlank constraint of '<em>Import Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImportRecord_keyNotBlank(ImportRecord importRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(LongarmPackage.Literals.IMPORT_RECORD,
				 importRecord,
				 diagnostics,
				 context,
				 "http://www.longarm.org/constraints",
				 "keyNotBlank",
				 IMPORT_RECORD__KEY_NOT_BLANK__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEntityType(EntityType entityType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersonType(PersonType personType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJurisdictionKind(JurisdictionKind jurisdictionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterestType(InterestType interestType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirectOrIndirect(DirectOrIndirect directOrIndirect, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSupplyRelation(SupplyRelation supplyRelation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSiteSensitivity(SiteSensitivity siteSensitivity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstant(Instant instant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //LongarmValidator
