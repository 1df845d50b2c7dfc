/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Longarm's domain: the parties that own and control one another (BODS entities, persons and their relationships), the brands and product lines they make, the devices of an estate and the sites they stand on, and the sources behind every fact.
 * <!-- end-model-doc -->
 * @see org.longarm.model.LongarmFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore validationDelegates='http://www.longarm.org/constraints'"
 * @generated
 */
public interface LongarmPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.longarm.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "longarm";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LongarmPackage eINSTANCE = org.longarm.model.impl.LongarmPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.SourcedImpl <em>Sourced</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.SourcedImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getSourced()
	 * @generated
	 */
	int SOURCED = 0;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED__SOURCES = 0;

	/**
	 * The number of structural features of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.SourceImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Publisher Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Publisher Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHER_URL = 2;

	/**
	 * The feature id for the '<em><b>Statement Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STATEMENT_DATE = 3;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Source Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SOURCE_TYPES = 6;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FILE = 7;

	/**
	 * The feature id for the '<em><b>Import Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORT_ID = 8;

	/**
	 * The feature id for the '<em><b>Statement Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STATEMENT_TIME = 9;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.JurisdictionImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getJurisdiction()
	 * @generated
	 */
	int JURISDICTION = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__KIND = 2;

	/**
	 * The number of structural features of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.IdentifierImpl <em>Identifier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.IdentifierImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 3;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__SCHEME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__ID = 1;

	/**
	 * The feature id for the '<em><b>Scheme Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__SCHEME_NAME = 2;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__URI = 3;

	/**
	 * The number of structural features of the '<em>Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.EntityImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__NAME = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Alternate Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ALTERNATE_NAMES = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Identifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__IDENTIFIERS = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__JURISDICTION = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.OrganisationImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 5;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SOURCES = ENTITY__SOURCES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = ENTITY__NAME;

	/**
	 * The feature id for the '<em><b>Alternate Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ALTERNATE_NAMES = ENTITY__ALTERNATE_NAMES;

	/**
	 * The feature id for the '<em><b>Identifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__IDENTIFIERS = ENTITY__IDENTIFIERS;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__JURISDICTION = ENTITY__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Entity Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ENTITY_TYPE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entity Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ENTITY_SUBTYPE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Public Listing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PUBLIC_LISTING = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Listings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__LISTINGS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Founding Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__FOUNDING_DATE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dissolution Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DISSOLUTION_DATE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.PersonImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 6;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__SOURCES = ENTITY__SOURCES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = ENTITY__NAME;

	/**
	 * The feature id for the '<em><b>Alternate Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ALTERNATE_NAMES = ENTITY__ALTERNATE_NAMES;

	/**
	 * The feature id for the '<em><b>Identifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__IDENTIFIERS = ENTITY__IDENTIFIERS;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__JURISDICTION = ENTITY__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Person Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PERSON_TYPE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nationalities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NATIONALITIES = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.RelationshipImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 7;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SUBJECT = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Interested Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__INTERESTED_PARTY = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__INTERESTS = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Component Records</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__COMPONENT_RECORDS = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.InterestImpl <em>Interest</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.InterestImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getInterest()
	 * @generated
	 */
	int INTEREST = 8;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Direct Or Indirect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__DIRECT_OR_INDIRECT = 1;

	/**
	 * The feature id for the '<em><b>Beneficial Ownership Or Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL = 2;

	/**
	 * The feature id for the '<em><b>Share Exact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__SHARE_EXACT = 3;

	/**
	 * The feature id for the '<em><b>Share Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__SHARE_MINIMUM = 4;

	/**
	 * The feature id for the '<em><b>Share Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__SHARE_MAXIMUM = 5;

	/**
	 * The feature id for the '<em><b>Exclusive Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__EXCLUSIVE_MINIMUM = 6;

	/**
	 * The feature id for the '<em><b>Exclusive Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__EXCLUSIVE_MAXIMUM = 7;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__START_DATE = 8;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__END_DATE = 9;

	/**
	 * The feature id for the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST__DETAILS = 10;

	/**
	 * The number of structural features of the '<em>Interest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Interest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEREST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.BrandImpl <em>Brand</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.BrandImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getBrand()
	 * @generated
	 */
	int BRAND = 9;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__NAME = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.ProductLineImpl <em>Product Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.ProductLineImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getProductLine()
	 * @generated
	 */
	int PRODUCT_LINE = 10;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__BRAND = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__MODEL = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Brand Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__BRAND_OWNER = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__MANUFACTURER = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__RELATION = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__VALID_FROM = SOURCED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__VALID_TO = SOURCED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Product Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Product Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.SiteImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 11;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sensitivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SENSITIVITY = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.DeviceImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 12;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Asset Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ASSET_ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SITE = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__BRAND = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MODEL = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Installed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__INSTALLED = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Connected To Core Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CONNECTED_TO_CORE_NETWORK = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.impl.ImportRecordImpl
	 * @see org.longarm.model.impl.LongarmPackageImpl#getImportRecord()
	 * @generated
	 */
	int IMPORT_RECORD = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__FILE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SHA256 = 2;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__FORMAT = 3;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__IMPORTED_AT = 4;

	/**
	 * The feature id for the '<em><b>Records</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__RECORDS = 5;

	/**
	 * The feature id for the '<em><b>Written</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__WRITTEN = 6;

	/**
	 * The feature id for the '<em><b>Superseded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SUPERSEDED = 7;

	/**
	 * The feature id for the '<em><b>Counts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__COUNTS = 8;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__WARNINGS = 9;

	/**
	 * The feature id for the '<em><b>Unlisted Warnings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__UNLISTED_WARNINGS = 10;

	/**
	 * The number of structural features of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.longarm.model.EntityType <em>Entity Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.EntityType
	 * @see org.longarm.model.impl.LongarmPackageImpl#getEntityType()
	 * @generated
	 */
	int ENTITY_TYPE = 14;

	/**
	 * The meta object id for the '{@link org.longarm.model.PersonType <em>Person Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.PersonType
	 * @see org.longarm.model.impl.LongarmPackageImpl#getPersonType()
	 * @generated
	 */
	int PERSON_TYPE = 15;

	/**
	 * The meta object id for the '{@link org.longarm.model.JurisdictionKind <em>Jurisdiction Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.JurisdictionKind
	 * @see org.longarm.model.impl.LongarmPackageImpl#getJurisdictionKind()
	 * @generated
	 */
	int JURISDICTION_KIND = 16;

	/**
	 * The meta object id for the '{@link org.longarm.model.InterestType <em>Interest Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.InterestType
	 * @see org.longarm.model.impl.LongarmPackageImpl#getInterestType()
	 * @generated
	 */
	int INTEREST_TYPE = 17;

	/**
	 * The meta object id for the '{@link org.longarm.model.DirectOrIndirect <em>Direct Or Indirect</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.DirectOrIndirect
	 * @see org.longarm.model.impl.LongarmPackageImpl#getDirectOrIndirect()
	 * @generated
	 */
	int DIRECT_OR_INDIRECT = 18;

	/**
	 * The meta object id for the '{@link org.longarm.model.SupplyRelation <em>Supply Relation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.SupplyRelation
	 * @see org.longarm.model.impl.LongarmPackageImpl#getSupplyRelation()
	 * @generated
	 */
	int SUPPLY_RELATION = 19;

	/**
	 * The meta object id for the '{@link org.longarm.model.SiteSensitivity <em>Site Sensitivity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.longarm.model.SiteSensitivity
	 * @see org.longarm.model.impl.LongarmPackageImpl#getSiteSensitivity()
	 * @generated
	 */
	int SITE_SENSITIVITY = 20;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.longarm.model.impl.LongarmPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 21;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.longarm.model.impl.LongarmPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 22;


	/**
	 * Returns the meta object for class '{@link org.longarm.model.Sourced <em>Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sourced</em>'.
	 * @see org.longarm.model.Sourced
	 * @generated
	 */
	EClass getSourced();

	/**
	 * Returns the meta object for the reference list '{@link org.longarm.model.Sourced#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.longarm.model.Sourced#getSources()
	 * @see #getSourced()
	 * @generated
	 */
	EReference getSourced_Sources();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.longarm.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.Source#getId()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getPublisherName <em>Publisher Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher Name</em>'.
	 * @see org.longarm.model.Source#getPublisherName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_PublisherName();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getPublisherUrl <em>Publisher Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher Url</em>'.
	 * @see org.longarm.model.Source#getPublisherUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_PublisherUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getStatementDate <em>Statement Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement Date</em>'.
	 * @see org.longarm.model.Source#getStatementDate()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_StatementDate();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.longarm.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.longarm.model.Source#getDescription()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.longarm.model.Source#getSourceTypes <em>Source Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Source Types</em>'.
	 * @see org.longarm.model.Source#getSourceTypes()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_SourceTypes();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.longarm.model.Source#getFile()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_File();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getImportId <em>Import Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import Id</em>'.
	 * @see org.longarm.model.Source#getImportId()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ImportId();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Source#getStatementTime <em>Statement Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement Time</em>'.
	 * @see org.longarm.model.Source#getStatementTime()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_StatementTime();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Jurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Jurisdiction</em>'.
	 * @see org.longarm.model.Jurisdiction
	 * @generated
	 */
	EClass getJurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Jurisdiction#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.longarm.model.Jurisdiction#getCode()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Jurisdiction#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.longarm.model.Jurisdiction#getName()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Jurisdiction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.longarm.model.Jurisdiction#getKind()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Kind();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Identifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifier</em>'.
	 * @see org.longarm.model.Identifier
	 * @generated
	 */
	EClass getIdentifier();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Identifier#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see org.longarm.model.Identifier#getScheme()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_Scheme();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Identifier#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.Identifier#getId()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Identifier#getSchemeName <em>Scheme Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme Name</em>'.
	 * @see org.longarm.model.Identifier#getSchemeName()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_SchemeName();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Identifier#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.longarm.model.Identifier#getUri()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_Uri();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.longarm.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Entity#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.longarm.model.Entity#getName()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.longarm.model.Entity#getAlternateNames <em>Alternate Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Alternate Names</em>'.
	 * @see org.longarm.model.Entity#getAlternateNames()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_AlternateNames();

	/**
	 * Returns the meta object for the containment reference list '{@link org.longarm.model.Entity#getIdentifiers <em>Identifiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Identifiers</em>'.
	 * @see org.longarm.model.Entity#getIdentifiers()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_Identifiers();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.Entity#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.longarm.model.Entity#getJurisdiction()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_Jurisdiction();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.longarm.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Organisation#getEntityType <em>Entity Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity Type</em>'.
	 * @see org.longarm.model.Organisation#getEntityType()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_EntityType();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Organisation#getEntitySubtype <em>Entity Subtype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity Subtype</em>'.
	 * @see org.longarm.model.Organisation#getEntitySubtype()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_EntitySubtype();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Organisation#isPublicListing <em>Public Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Listing</em>'.
	 * @see org.longarm.model.Organisation#isPublicListing()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_PublicListing();

	/**
	 * Returns the meta object for the attribute list '{@link org.longarm.model.Organisation#getListings <em>Listings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Listings</em>'.
	 * @see org.longarm.model.Organisation#getListings()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Listings();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Organisation#getFoundingDate <em>Founding Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Founding Date</em>'.
	 * @see org.longarm.model.Organisation#getFoundingDate()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_FoundingDate();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Organisation#getDissolutionDate <em>Dissolution Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dissolution Date</em>'.
	 * @see org.longarm.model.Organisation#getDissolutionDate()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_DissolutionDate();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.longarm.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Person#getPersonType <em>Person Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person Type</em>'.
	 * @see org.longarm.model.Person#getPersonType()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_PersonType();

	/**
	 * Returns the meta object for the reference list '{@link org.longarm.model.Person#getNationalities <em>Nationalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Nationalities</em>'.
	 * @see org.longarm.model.Person#getNationalities()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Nationalities();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.longarm.model.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Relationship#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.Relationship#getId()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Id();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.Relationship#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.longarm.model.Relationship#getSubject()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Subject();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.Relationship#getInterestedParty <em>Interested Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Interested Party</em>'.
	 * @see org.longarm.model.Relationship#getInterestedParty()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_InterestedParty();

	/**
	 * Returns the meta object for the containment reference list '{@link org.longarm.model.Relationship#getInterests <em>Interests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interests</em>'.
	 * @see org.longarm.model.Relationship#getInterests()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Interests();

	/**
	 * Returns the meta object for the attribute list '{@link org.longarm.model.Relationship#getComponentRecords <em>Component Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Component Records</em>'.
	 * @see org.longarm.model.Relationship#getComponentRecords()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_ComponentRecords();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Interest <em>Interest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interest</em>'.
	 * @see org.longarm.model.Interest
	 * @generated
	 */
	EClass getInterest();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.longarm.model.Interest#getType()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getDirectOrIndirect <em>Direct Or Indirect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct Or Indirect</em>'.
	 * @see org.longarm.model.Interest#getDirectOrIndirect()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_DirectOrIndirect();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getBeneficialOwnershipOrControl <em>Beneficial Ownership Or Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beneficial Ownership Or Control</em>'.
	 * @see org.longarm.model.Interest#getBeneficialOwnershipOrControl()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_BeneficialOwnershipOrControl();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getShareExact <em>Share Exact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share Exact</em>'.
	 * @see org.longarm.model.Interest#getShareExact()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_ShareExact();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getShareMinimum <em>Share Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share Minimum</em>'.
	 * @see org.longarm.model.Interest#getShareMinimum()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_ShareMinimum();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getShareMaximum <em>Share Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share Maximum</em>'.
	 * @see org.longarm.model.Interest#getShareMaximum()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_ShareMaximum();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#isExclusiveMinimum <em>Exclusive Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive Minimum</em>'.
	 * @see org.longarm.model.Interest#isExclusiveMinimum()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_ExclusiveMinimum();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#isExclusiveMaximum <em>Exclusive Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive Maximum</em>'.
	 * @see org.longarm.model.Interest#isExclusiveMaximum()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_ExclusiveMaximum();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.longarm.model.Interest#getStartDate()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.longarm.model.Interest#getEndDate()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Interest#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Details</em>'.
	 * @see org.longarm.model.Interest#getDetails()
	 * @see #getInterest()
	 * @generated
	 */
	EAttribute getInterest_Details();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Brand</em>'.
	 * @see org.longarm.model.Brand
	 * @generated
	 */
	EClass getBrand();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Brand#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.Brand#getId()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Brand#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.longarm.model.Brand#getName()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Name();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.ProductLine <em>Product Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product Line</em>'.
	 * @see org.longarm.model.ProductLine
	 * @generated
	 */
	EClass getProductLine();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ProductLine#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.ProductLine#getId()
	 * @see #getProductLine()
	 * @generated
	 */
	EAttribute getProductLine_Id();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.ProductLine#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Brand</em>'.
	 * @see org.longarm.model.ProductLine#getBrand()
	 * @see #getProductLine()
	 * @generated
	 */
	EReference getProductLine_Brand();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ProductLine#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.longarm.model.ProductLine#getModel()
	 * @see #getProductLine()
	 * @generated
	 */
	EAttribute getProductLine_Model();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.ProductLine#getBrandOwner <em>Brand Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Brand Owner</em>'.
	 * @see org.longarm.model.ProductLine#getBrandOwner()
	 * @see #getProductLine()
	 * @generated
	 */
	EReference getProductLine_BrandOwner();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.ProductLine#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Manufacturer</em>'.
	 * @see org.longarm.model.ProductLine#getManufacturer()
	 * @see #getProductLine()
	 * @generated
	 */
	EReference getProductLine_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ProductLine#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see org.longarm.model.ProductLine#getRelation()
	 * @see #getProductLine()
	 * @generated
	 */
	EAttribute getProductLine_Relation();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ProductLine#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.longarm.model.ProductLine#getValidFrom()
	 * @see #getProductLine()
	 * @generated
	 */
	EAttribute getProductLine_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ProductLine#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.longarm.model.ProductLine#getValidTo()
	 * @see #getProductLine()
	 * @generated
	 */
	EAttribute getProductLine_ValidTo();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.longarm.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Site#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.Site#getId()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.longarm.model.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Site#getSensitivity <em>Sensitivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensitivity</em>'.
	 * @see org.longarm.model.Site#getSensitivity()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Sensitivity();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.longarm.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Device#getAssetId <em>Asset Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Id</em>'.
	 * @see org.longarm.model.Device#getAssetId()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_AssetId();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.Device#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.longarm.model.Device#getSite()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Site();

	/**
	 * Returns the meta object for the reference '{@link org.longarm.model.Device#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Brand</em>'.
	 * @see org.longarm.model.Device#getBrand()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Brand();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Device#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.longarm.model.Device#getModel()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Device#getInstalled <em>Installed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Installed</em>'.
	 * @see org.longarm.model.Device#getInstalled()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Installed();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.Device#isConnectedToCoreNetwork <em>Connected To Core Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connected To Core Network</em>'.
	 * @see org.longarm.model.Device#isConnectedToCoreNetwork()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_ConnectedToCoreNetwork();

	/**
	 * Returns the meta object for class '{@link org.longarm.model.ImportRecord <em>Import Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Record</em>'.
	 * @see org.longarm.model.ImportRecord
	 * @generated
	 */
	EClass getImportRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.longarm.model.ImportRecord#getId()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.longarm.model.ImportRecord#getFileName()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.longarm.model.ImportRecord#getSha256()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.longarm.model.ImportRecord#getFormat()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see org.longarm.model.ImportRecord#getImportedAt()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_ImportedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records</em>'.
	 * @see org.longarm.model.ImportRecord#getRecords()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Records();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getWritten <em>Written</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Written</em>'.
	 * @see org.longarm.model.ImportRecord#getWritten()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Written();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getSuperseded <em>Superseded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Superseded</em>'.
	 * @see org.longarm.model.ImportRecord#getSuperseded()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Superseded();

	/**
	 * Returns the meta object for the attribute list '{@link org.longarm.model.ImportRecord#getCounts <em>Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Counts</em>'.
	 * @see org.longarm.model.ImportRecord#getCounts()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Counts();

	/**
	 * Returns the meta object for the attribute list '{@link org.longarm.model.ImportRecord#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warnings</em>'.
	 * @see org.longarm.model.ImportRecord#getWarnings()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Warnings();

	/**
	 * Returns the meta object for the attribute '{@link org.longarm.model.ImportRecord#getUnlistedWarnings <em>Unlisted Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unlisted Warnings</em>'.
	 * @see org.longarm.model.ImportRecord#getUnlistedWarnings()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_UnlistedWarnings();

	/**
	 * Returns the meta object for enum '{@link org.longarm.model.EntityType <em>Entity Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Entity Type</em>'.
	 * @see org.longarm.model.EntityType
	 * @generated
	 */
	EEnum getEntityType();

	/**
	 * Returns the meta object for enum '{@link org.longarm.model.PersonType <em>Person Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Person Type</em>'.
	 * @see org.longarm.model.PersonType
	 * @generated
	 */
	EEnum getPersonType();

	/**
	 * Returns the meta object for enum '{@link org.longarm.model.JurisdictionKind <em>Jurisdiction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Jurisdiction Kind</em>'.
	 * @see org.longarm.model.JurisdictionKind
	 * @generated
	 */
	EEnum getJurisdictionKind();

	/**
	 * Returns the meta object for enum '{@link org.longarm.model.InterestType <em>Interest Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interest Type</em>'.
	 * @see org.longarm.model.InterestType
	 * @generated
	 */
	EEnum getInterestType();

	/**
	 * Returns the meta object for enum '{@link org.longarm.model.DirectOrIndirect <em>Direct Or Indirect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direct Or Indirect</em>'.
	 * @see org.longarm.model.DirectOrIndirect
	 * @generated
	 */
	EEnum getDirectOrIndirect();

	/**
	 * Returns the meta object for enum '{@link org.longarm.model.SupplyRelation <em>Supply Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Supply Relation</em>'.
	 * @see org.longarm.model.SupplyRelation
	 * @generated
	 */
	EEnum getSupplyRelation();

	/**
	 * Returns the meta object for enum '{@link org.longarm.model.SiteSensitivity <em>Site Sensitivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Site Sensitivity</em>'.
	 * @see org.longarm.model.SiteSensitivity
	 * @generated
	 */
	EEnum getSiteSensitivity();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, written as ISO YYYY-MM-DD.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, written as ISO 8601 in UTC.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LongarmFactory getLongarmFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.SourcedImpl <em>Sourced</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.SourcedImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getSourced()
		 * @generated
		 */
		EClass SOURCED = eINSTANCE.getSourced();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCED__SOURCES = eINSTANCE.getSourced_Sources();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.SourceImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ID = eINSTANCE.getSource_Id();

		/**
		 * The meta object literal for the '<em><b>Publisher Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHER_NAME = eINSTANCE.getSource_PublisherName();

		/**
		 * The meta object literal for the '<em><b>Publisher Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHER_URL = eINSTANCE.getSource_PublisherUrl();

		/**
		 * The meta object literal for the '<em><b>Statement Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STATEMENT_DATE = eINSTANCE.getSource_StatementDate();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DESCRIPTION = eINSTANCE.getSource_Description();

		/**
		 * The meta object literal for the '<em><b>Source Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SOURCE_TYPES = eINSTANCE.getSource_SourceTypes();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FILE = eINSTANCE.getSource_File();

		/**
		 * The meta object literal for the '<em><b>Import Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IMPORT_ID = eINSTANCE.getSource_ImportId();

		/**
		 * The meta object literal for the '<em><b>Statement Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STATEMENT_TIME = eINSTANCE.getSource_StatementTime();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.JurisdictionImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getJurisdiction()
		 * @generated
		 */
		EClass JURISDICTION = eINSTANCE.getJurisdiction();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__CODE = eINSTANCE.getJurisdiction_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__NAME = eINSTANCE.getJurisdiction_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__KIND = eINSTANCE.getJurisdiction_Kind();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.IdentifierImpl <em>Identifier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.IdentifierImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getIdentifier()
		 * @generated
		 */
		EClass IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__SCHEME = eINSTANCE.getIdentifier_Scheme();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__ID = eINSTANCE.getIdentifier_Id();

		/**
		 * The meta object literal for the '<em><b>Scheme Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__SCHEME_NAME = eINSTANCE.getIdentifier_SchemeName();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__URI = eINSTANCE.getIdentifier_Uri();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.EntityImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__NAME = eINSTANCE.getEntity_Name();

		/**
		 * The meta object literal for the '<em><b>Alternate Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ALTERNATE_NAMES = eINSTANCE.getEntity_AlternateNames();

		/**
		 * The meta object literal for the '<em><b>Identifiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__IDENTIFIERS = eINSTANCE.getEntity_Identifiers();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__JURISDICTION = eINSTANCE.getEntity_Jurisdiction();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.OrganisationImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Entity Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__ENTITY_TYPE = eINSTANCE.getOrganisation_EntityType();

		/**
		 * The meta object literal for the '<em><b>Entity Subtype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__ENTITY_SUBTYPE = eINSTANCE.getOrganisation_EntitySubtype();

		/**
		 * The meta object literal for the '<em><b>Public Listing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__PUBLIC_LISTING = eINSTANCE.getOrganisation_PublicListing();

		/**
		 * The meta object literal for the '<em><b>Listings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__LISTINGS = eINSTANCE.getOrganisation_Listings();

		/**
		 * The meta object literal for the '<em><b>Founding Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__FOUNDING_DATE = eINSTANCE.getOrganisation_FoundingDate();

		/**
		 * The meta object literal for the '<em><b>Dissolution Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DISSOLUTION_DATE = eINSTANCE.getOrganisation_DissolutionDate();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.PersonImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Person Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PERSON_TYPE = eINSTANCE.getPerson_PersonType();

		/**
		 * The meta object literal for the '<em><b>Nationalities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__NATIONALITIES = eINSTANCE.getPerson_Nationalities();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.RelationshipImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__ID = eINSTANCE.getRelationship_Id();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__SUBJECT = eINSTANCE.getRelationship_Subject();

		/**
		 * The meta object literal for the '<em><b>Interested Party</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__INTERESTED_PARTY = eINSTANCE.getRelationship_InterestedParty();

		/**
		 * The meta object literal for the '<em><b>Interests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__INTERESTS = eINSTANCE.getRelationship_Interests();

		/**
		 * The meta object literal for the '<em><b>Component Records</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__COMPONENT_RECORDS = eINSTANCE.getRelationship_ComponentRecords();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.InterestImpl <em>Interest</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.InterestImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getInterest()
		 * @generated
		 */
		EClass INTEREST = eINSTANCE.getInterest();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__TYPE = eINSTANCE.getInterest_Type();

		/**
		 * The meta object literal for the '<em><b>Direct Or Indirect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__DIRECT_OR_INDIRECT = eINSTANCE.getInterest_DirectOrIndirect();

		/**
		 * The meta object literal for the '<em><b>Beneficial Ownership Or Control</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL = eINSTANCE.getInterest_BeneficialOwnershipOrControl();

		/**
		 * The meta object literal for the '<em><b>Share Exact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__SHARE_EXACT = eINSTANCE.getInterest_ShareExact();

		/**
		 * The meta object literal for the '<em><b>Share Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__SHARE_MINIMUM = eINSTANCE.getInterest_ShareMinimum();

		/**
		 * The meta object literal for the '<em><b>Share Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__SHARE_MAXIMUM = eINSTANCE.getInterest_ShareMaximum();

		/**
		 * The meta object literal for the '<em><b>Exclusive Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__EXCLUSIVE_MINIMUM = eINSTANCE.getInterest_ExclusiveMinimum();

		/**
		 * The meta object literal for the '<em><b>Exclusive Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__EXCLUSIVE_MAXIMUM = eINSTANCE.getInterest_ExclusiveMaximum();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__START_DATE = eINSTANCE.getInterest_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__END_DATE = eINSTANCE.getInterest_EndDate();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEREST__DETAILS = eINSTANCE.getInterest_Details();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.BrandImpl <em>Brand</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.BrandImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getBrand()
		 * @generated
		 */
		EClass BRAND = eINSTANCE.getBrand();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__ID = eINSTANCE.getBrand_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__NAME = eINSTANCE.getBrand_Name();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.ProductLineImpl <em>Product Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.ProductLineImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getProductLine()
		 * @generated
		 */
		EClass PRODUCT_LINE = eINSTANCE.getProductLine();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_LINE__ID = eINSTANCE.getProductLine_Id();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_LINE__BRAND = eINSTANCE.getProductLine_Brand();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_LINE__MODEL = eINSTANCE.getProductLine_Model();

		/**
		 * The meta object literal for the '<em><b>Brand Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_LINE__BRAND_OWNER = eINSTANCE.getProductLine_BrandOwner();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_LINE__MANUFACTURER = eINSTANCE.getProductLine_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_LINE__RELATION = eINSTANCE.getProductLine_Relation();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_LINE__VALID_FROM = eINSTANCE.getProductLine_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_LINE__VALID_TO = eINSTANCE.getProductLine_ValidTo();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.SiteImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ID = eINSTANCE.getSite_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Sensitivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__SENSITIVITY = eINSTANCE.getSite_Sensitivity();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.DeviceImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Asset Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__ASSET_ID = eINSTANCE.getDevice_AssetId();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__SITE = eINSTANCE.getDevice_Site();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__BRAND = eINSTANCE.getDevice_Brand();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MODEL = eINSTANCE.getDevice_Model();

		/**
		 * The meta object literal for the '<em><b>Installed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__INSTALLED = eINSTANCE.getDevice_Installed();

		/**
		 * The meta object literal for the '<em><b>Connected To Core Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__CONNECTED_TO_CORE_NETWORK = eINSTANCE.getDevice_ConnectedToCoreNetwork();

		/**
		 * The meta object literal for the '{@link org.longarm.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.impl.ImportRecordImpl
		 * @see org.longarm.model.impl.LongarmPackageImpl#getImportRecord()
		 * @generated
		 */
		EClass IMPORT_RECORD = eINSTANCE.getImportRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__ID = eINSTANCE.getImportRecord_Id();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__FILE_NAME = eINSTANCE.getImportRecord_FileName();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SHA256 = eINSTANCE.getImportRecord_Sha256();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__FORMAT = eINSTANCE.getImportRecord_Format();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__IMPORTED_AT = eINSTANCE.getImportRecord_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__RECORDS = eINSTANCE.getImportRecord_Records();

		/**
		 * The meta object literal for the '<em><b>Written</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__WRITTEN = eINSTANCE.getImportRecord_Written();

		/**
		 * The meta object literal for the '<em><b>Superseded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SUPERSEDED = eINSTANCE.getImportRecord_Superseded();

		/**
		 * The meta object literal for the '<em><b>Counts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__COUNTS = eINSTANCE.getImportRecord_Counts();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__WARNINGS = eINSTANCE.getImportRecord_Warnings();

		/**
		 * The meta object literal for the '<em><b>Unlisted Warnings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__UNLISTED_WARNINGS = eINSTANCE.getImportRecord_UnlistedWarnings();

		/**
		 * The meta object literal for the '{@link org.longarm.model.EntityType <em>Entity Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.EntityType
		 * @see org.longarm.model.impl.LongarmPackageImpl#getEntityType()
		 * @generated
		 */
		EEnum ENTITY_TYPE = eINSTANCE.getEntityType();

		/**
		 * The meta object literal for the '{@link org.longarm.model.PersonType <em>Person Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.PersonType
		 * @see org.longarm.model.impl.LongarmPackageImpl#getPersonType()
		 * @generated
		 */
		EEnum PERSON_TYPE = eINSTANCE.getPersonType();

		/**
		 * The meta object literal for the '{@link org.longarm.model.JurisdictionKind <em>Jurisdiction Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.JurisdictionKind
		 * @see org.longarm.model.impl.LongarmPackageImpl#getJurisdictionKind()
		 * @generated
		 */
		EEnum JURISDICTION_KIND = eINSTANCE.getJurisdictionKind();

		/**
		 * The meta object literal for the '{@link org.longarm.model.InterestType <em>Interest Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.InterestType
		 * @see org.longarm.model.impl.LongarmPackageImpl#getInterestType()
		 * @generated
		 */
		EEnum INTEREST_TYPE = eINSTANCE.getInterestType();

		/**
		 * The meta object literal for the '{@link org.longarm.model.DirectOrIndirect <em>Direct Or Indirect</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.DirectOrIndirect
		 * @see org.longarm.model.impl.LongarmPackageImpl#getDirectOrIndirect()
		 * @generated
		 */
		EEnum DIRECT_OR_INDIRECT = eINSTANCE.getDirectOrIndirect();

		/**
		 * The meta object literal for the '{@link org.longarm.model.SupplyRelation <em>Supply Relation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.SupplyRelation
		 * @see org.longarm.model.impl.LongarmPackageImpl#getSupplyRelation()
		 * @generated
		 */
		EEnum SUPPLY_RELATION = eINSTANCE.getSupplyRelation();

		/**
		 * The meta object literal for the '{@link org.longarm.model.SiteSensitivity <em>Site Sensitivity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.longarm.model.SiteSensitivity
		 * @see org.longarm.model.impl.LongarmPackageImpl#getSiteSensitivity()
		 * @generated
		 */
		EEnum SITE_SENSITIVITY = eINSTANCE.getSiteSensitivity();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.longarm.model.impl.LongarmPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.longarm.model.impl.LongarmPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //LongarmPackage
