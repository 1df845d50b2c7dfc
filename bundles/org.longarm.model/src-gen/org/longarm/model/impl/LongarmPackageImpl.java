/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.longarm.model.Brand;
import org.longarm.model.Device;
import org.longarm.model.DirectOrIndirect;
import org.longarm.model.Entity;
import org.longarm.model.EntityType;
import org.longarm.model.Identifier;
import org.longarm.model.ImportRecord;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.Jurisdiction;
import org.longarm.model.JurisdictionKind;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Person;
import org.longarm.model.PersonType;
import org.longarm.model.ProductLine;
import org.longarm.model.Relationship;
import org.longarm.model.Site;
import org.longarm.model.SiteSensitivity;
import org.longarm.model.Source;
import org.longarm.model.Sourced;
import org.longarm.model.SupplyRelation;

import org.longarm.model.util.LongarmValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LongarmPackageImpl extends EPackageImpl implements LongarmPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourcedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jurisdictionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass brandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum entityTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum personTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum jurisdictionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interestTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directOrIndirectEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum supplyRelationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum siteSensitivityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.longarm.model.LongarmPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LongarmPackageImpl() {
		super(eNS_URI, LongarmFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LongarmPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LongarmPackage init() {
		if (isInited) return (LongarmPackage)EPackage.Registry.INSTANCE.getEPackage(LongarmPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLongarmPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LongarmPackageImpl theLongarmPackage = registeredLongarmPackage instanceof LongarmPackageImpl ? (LongarmPackageImpl)registeredLongarmPackage : new LongarmPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theLongarmPackage.createPackageContents();

		// Initialize created meta-data
		theLongarmPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theLongarmPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return LongarmValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theLongarmPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LongarmPackage.eNS_URI, theLongarmPackage);
		return theLongarmPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourced() {
		return sourcedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourced_Sources() {
		return (EReference)sourcedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Id() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_PublisherName() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_PublisherUrl() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_StatementDate() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Description() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_SourceTypes() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_File() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_ImportId() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_StatementTime() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJurisdiction() {
		return jurisdictionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_Code() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_Name() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_Kind() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifier() {
		return identifierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_Scheme() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_Id() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_SchemeName() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_Uri() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntity() {
		return entityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Id() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Name() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_AlternateNames() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntity_Identifiers() {
		return (EReference)entityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntity_Jurisdiction() {
		return (EReference)entityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_EntityType() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_EntitySubtype() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_PublicListing() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Listings() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_FoundingDate() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_DissolutionDate() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_PersonType() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Nationalities() {
		return (EReference)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationship() {
		return relationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Id() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Subject() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_InterestedParty() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Interests() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_ComponentRecords() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterest() {
		return interestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_Type() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_DirectOrIndirect() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_BeneficialOwnershipOrControl() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_ShareExact() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_ShareMinimum() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_ShareMaximum() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_ExclusiveMinimum() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_ExclusiveMaximum() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_StartDate() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_EndDate() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterest_Details() {
		return (EAttribute)interestEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBrand() {
		return brandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Id() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Name() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProductLine() {
		return productLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductLine_Id() {
		return (EAttribute)productLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductLine_Brand() {
		return (EReference)productLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductLine_Model() {
		return (EAttribute)productLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductLine_BrandOwner() {
		return (EReference)productLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductLine_Manufacturer() {
		return (EReference)productLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductLine_Relation() {
		return (EAttribute)productLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductLine_ValidFrom() {
		return (EAttribute)productLineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductLine_ValidTo() {
		return (EAttribute)productLineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Id() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Name() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Sensitivity() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_AssetId() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Site() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Brand() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Model() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Installed() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_ConnectedToCoreNetwork() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportRecord() {
		return importRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Id() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_FileName() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Sha256() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Format() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_ImportedAt() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Records() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Written() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Superseded() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Counts() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Warnings() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_UnlistedWarnings() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEntityType() {
		return entityTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPersonType() {
		return personTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJurisdictionKind() {
		return jurisdictionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterestType() {
		return interestTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirectOrIndirect() {
		return directOrIndirectEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSupplyRelation() {
		return supplyRelationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSiteSensitivity() {
		return siteSensitivityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LongarmFactory getLongarmFactory() {
		return (LongarmFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		sourcedEClass = createEClass(SOURCED);
		createEReference(sourcedEClass, SOURCED__SOURCES);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__ID);
		createEAttribute(sourceEClass, SOURCE__PUBLISHER_NAME);
		createEAttribute(sourceEClass, SOURCE__PUBLISHER_URL);
		createEAttribute(sourceEClass, SOURCE__STATEMENT_DATE);
		createEAttribute(sourceEClass, SOURCE__URL);
		createEAttribute(sourceEClass, SOURCE__DESCRIPTION);
		createEAttribute(sourceEClass, SOURCE__SOURCE_TYPES);
		createEAttribute(sourceEClass, SOURCE__FILE);
		createEAttribute(sourceEClass, SOURCE__IMPORT_ID);
		createEAttribute(sourceEClass, SOURCE__STATEMENT_TIME);

		jurisdictionEClass = createEClass(JURISDICTION);
		createEAttribute(jurisdictionEClass, JURISDICTION__CODE);
		createEAttribute(jurisdictionEClass, JURISDICTION__NAME);
		createEAttribute(jurisdictionEClass, JURISDICTION__KIND);

		identifierEClass = createEClass(IDENTIFIER);
		createEAttribute(identifierEClass, IDENTIFIER__SCHEME);
		createEAttribute(identifierEClass, IDENTIFIER__ID);
		createEAttribute(identifierEClass, IDENTIFIER__SCHEME_NAME);
		createEAttribute(identifierEClass, IDENTIFIER__URI);

		entityEClass = createEClass(ENTITY);
		createEAttribute(entityEClass, ENTITY__ID);
		createEAttribute(entityEClass, ENTITY__NAME);
		createEAttribute(entityEClass, ENTITY__ALTERNATE_NAMES);
		createEReference(entityEClass, ENTITY__IDENTIFIERS);
		createEReference(entityEClass, ENTITY__JURISDICTION);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__ENTITY_TYPE);
		createEAttribute(organisationEClass, ORGANISATION__ENTITY_SUBTYPE);
		createEAttribute(organisationEClass, ORGANISATION__PUBLIC_LISTING);
		createEAttribute(organisationEClass, ORGANISATION__LISTINGS);
		createEAttribute(organisationEClass, ORGANISATION__FOUNDING_DATE);
		createEAttribute(organisationEClass, ORGANISATION__DISSOLUTION_DATE);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__PERSON_TYPE);
		createEReference(personEClass, PERSON__NATIONALITIES);

		relationshipEClass = createEClass(RELATIONSHIP);
		createEAttribute(relationshipEClass, RELATIONSHIP__ID);
		createEReference(relationshipEClass, RELATIONSHIP__SUBJECT);
		createEReference(relationshipEClass, RELATIONSHIP__INTERESTED_PARTY);
		createEReference(relationshipEClass, RELATIONSHIP__INTERESTS);
		createEAttribute(relationshipEClass, RELATIONSHIP__COMPONENT_RECORDS);

		interestEClass = createEClass(INTEREST);
		createEAttribute(interestEClass, INTEREST__TYPE);
		createEAttribute(interestEClass, INTEREST__DIRECT_OR_INDIRECT);
		createEAttribute(interestEClass, INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL);
		createEAttribute(interestEClass, INTEREST__SHARE_EXACT);
		createEAttribute(interestEClass, INTEREST__SHARE_MINIMUM);
		createEAttribute(interestEClass, INTEREST__SHARE_MAXIMUM);
		createEAttribute(interestEClass, INTEREST__EXCLUSIVE_MINIMUM);
		createEAttribute(interestEClass, INTEREST__EXCLUSIVE_MAXIMUM);
		createEAttribute(interestEClass, INTEREST__START_DATE);
		createEAttribute(interestEClass, INTEREST__END_DATE);
		createEAttribute(interestEClass, INTEREST__DETAILS);

		brandEClass = createEClass(BRAND);
		createEAttribute(brandEClass, BRAND__ID);
		createEAttribute(brandEClass, BRAND__NAME);

		productLineEClass = createEClass(PRODUCT_LINE);
		createEAttribute(productLineEClass, PRODUCT_LINE__ID);
		createEReference(productLineEClass, PRODUCT_LINE__BRAND);
		createEAttribute(productLineEClass, PRODUCT_LINE__MODEL);
		createEReference(productLineEClass, PRODUCT_LINE__BRAND_OWNER);
		createEReference(productLineEClass, PRODUCT_LINE__MANUFACTURER);
		createEAttribute(productLineEClass, PRODUCT_LINE__RELATION);
		createEAttribute(productLineEClass, PRODUCT_LINE__VALID_FROM);
		createEAttribute(productLineEClass, PRODUCT_LINE__VALID_TO);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__ID);
		createEAttribute(siteEClass, SITE__NAME);
		createEAttribute(siteEClass, SITE__SENSITIVITY);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__ASSET_ID);
		createEReference(deviceEClass, DEVICE__SITE);
		createEReference(deviceEClass, DEVICE__BRAND);
		createEAttribute(deviceEClass, DEVICE__MODEL);
		createEAttribute(deviceEClass, DEVICE__INSTALLED);
		createEAttribute(deviceEClass, DEVICE__CONNECTED_TO_CORE_NETWORK);

		importRecordEClass = createEClass(IMPORT_RECORD);
		createEAttribute(importRecordEClass, IMPORT_RECORD__ID);
		createEAttribute(importRecordEClass, IMPORT_RECORD__FILE_NAME);
		createEAttribute(importRecordEClass, IMPORT_RECORD__SHA256);
		createEAttribute(importRecordEClass, IMPORT_RECORD__FORMAT);
		createEAttribute(importRecordEClass, IMPORT_RECORD__IMPORTED_AT);
		createEAttribute(importRecordEClass, IMPORT_RECORD__RECORDS);
		createEAttribute(importRecordEClass, IMPORT_RECORD__WRITTEN);
		createEAttribute(importRecordEClass, IMPORT_RECORD__SUPERSEDED);
		createEAttribute(importRecordEClass, IMPORT_RECORD__COUNTS);
		createEAttribute(importRecordEClass, IMPORT_RECORD__WARNINGS);
		createEAttribute(importRecordEClass, IMPORT_RECORD__UNLISTED_WARNINGS);

		// Create enums
		entityTypeEEnum = createEEnum(ENTITY_TYPE);
		personTypeEEnum = createEEnum(PERSON_TYPE);
		jurisdictionKindEEnum = createEEnum(JURISDICTION_KIND);
		interestTypeEEnum = createEEnum(INTEREST_TYPE);
		directOrIndirectEEnum = createEEnum(DIRECT_OR_INDIRECT);
		supplyRelationEEnum = createEEnum(SUPPLY_RELATION);
		siteSensitivityEEnum = createEEnum(SITE_SENSITIVITY);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		entityEClass.getESuperTypes().add(this.getSourced());
		organisationEClass.getESuperTypes().add(this.getEntity());
		personEClass.getESuperTypes().add(this.getEntity());
		relationshipEClass.getESuperTypes().add(this.getSourced());
		brandEClass.getESuperTypes().add(this.getSourced());
		productLineEClass.getESuperTypes().add(this.getSourced());
		siteEClass.getESuperTypes().add(this.getSourced());
		deviceEClass.getESuperTypes().add(this.getSourced());

		// Initialize classes, features, and operations; add parameters
		initEClass(sourcedEClass, Sourced.class, "Sourced", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSourced_Sources(), this.getSource(), null, "sources", null, 0, -1, Sourced.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Id(), ecorePackage.getEString(), "id", null, 1, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_PublisherName(), ecorePackage.getEString(), "publisherName", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_PublisherUrl(), ecorePackage.getEString(), "publisherUrl", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_StatementDate(), this.getLocalDate(), "statementDate", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Description(), ecorePackage.getEString(), "description", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_SourceTypes(), ecorePackage.getEString(), "sourceTypes", null, 0, -1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_File(), ecorePackage.getEString(), "file", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_ImportId(), ecorePackage.getEString(), "importId", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_StatementTime(), this.getInstant(), "statementTime", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jurisdictionEClass, Jurisdiction.class, "Jurisdiction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJurisdiction_Code(), ecorePackage.getEString(), "code", null, 1, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJurisdiction_Name(), ecorePackage.getEString(), "name", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJurisdiction_Kind(), this.getJurisdictionKind(), "kind", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(identifierEClass, Identifier.class, "Identifier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifier_Scheme(), ecorePackage.getEString(), "scheme", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifier_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifier_SchemeName(), ecorePackage.getEString(), "schemeName", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifier_Uri(), ecorePackage.getEString(), "uri", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(entityEClass, Entity.class, "Entity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEntity_Id(), ecorePackage.getEString(), "id", null, 1, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntity_Name(), ecorePackage.getEString(), "name", null, 0, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntity_AlternateNames(), ecorePackage.getEString(), "alternateNames", null, 0, -1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntity_Identifiers(), this.getIdentifier(), null, "identifiers", null, 0, -1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntity_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_EntityType(), this.getEntityType(), "entityType", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_EntitySubtype(), ecorePackage.getEString(), "entitySubtype", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_PublicListing(), ecorePackage.getEBoolean(), "publicListing", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Listings(), ecorePackage.getEString(), "listings", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_FoundingDate(), this.getLocalDate(), "foundingDate", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_DissolutionDate(), this.getLocalDate(), "dissolutionDate", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_PersonType(), this.getPersonType(), "personType", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Nationalities(), this.getJurisdiction(), null, "nationalities", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipEClass, Relationship.class, "Relationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRelationship_Id(), ecorePackage.getEString(), "id", null, 1, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_Subject(), this.getEntity(), null, "subject", null, 1, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_InterestedParty(), this.getEntity(), null, "interestedParty", null, 1, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_Interests(), this.getInterest(), null, "interests", null, 0, -1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_ComponentRecords(), ecorePackage.getEString(), "componentRecords", null, 0, -1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interestEClass, Interest.class, "Interest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterest_Type(), this.getInterestType(), "type", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_DirectOrIndirect(), this.getDirectOrIndirect(), "directOrIndirect", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_BeneficialOwnershipOrControl(), ecorePackage.getEBooleanObject(), "beneficialOwnershipOrControl", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_ShareExact(), ecorePackage.getEDoubleObject(), "shareExact", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_ShareMinimum(), ecorePackage.getEDoubleObject(), "shareMinimum", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_ShareMaximum(), ecorePackage.getEDoubleObject(), "shareMaximum", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_ExclusiveMinimum(), ecorePackage.getEBoolean(), "exclusiveMinimum", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_ExclusiveMaximum(), ecorePackage.getEBoolean(), "exclusiveMaximum", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterest_Details(), ecorePackage.getEString(), "details", null, 0, 1, Interest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(brandEClass, Brand.class, "Brand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBrand_Id(), ecorePackage.getEString(), "id", null, 1, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_Name(), ecorePackage.getEString(), "name", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(productLineEClass, ProductLine.class, "ProductLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProductLine_Id(), ecorePackage.getEString(), "id", null, 1, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductLine_Brand(), this.getBrand(), null, "brand", null, 1, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductLine_Model(), ecorePackage.getEString(), "model", null, 1, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductLine_BrandOwner(), this.getEntity(), null, "brandOwner", null, 0, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductLine_Manufacturer(), this.getEntity(), null, "manufacturer", null, 0, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductLine_Relation(), this.getSupplyRelation(), "relation", null, 0, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductLine_ValidFrom(), this.getLocalDate(), "validFrom", null, 0, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductLine_ValidTo(), this.getLocalDate(), "validTo", null, 0, 1, ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Id(), ecorePackage.getEString(), "id", null, 1, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Name(), ecorePackage.getEString(), "name", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Sensitivity(), this.getSiteSensitivity(), "sensitivity", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_AssetId(), ecorePackage.getEString(), "assetId", null, 1, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Site(), this.getSite(), null, "site", null, 1, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Brand(), this.getBrand(), null, "brand", null, 1, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Model(), ecorePackage.getEString(), "model", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Installed(), this.getLocalDate(), "installed", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_ConnectedToCoreNetwork(), ecorePackage.getEBoolean(), "connectedToCoreNetwork", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importRecordEClass, ImportRecord.class, "ImportRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImportRecord_Id(), ecorePackage.getEString(), "id", null, 1, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Format(), ecorePackage.getEString(), "format", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_ImportedAt(), this.getInstant(), "importedAt", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Records(), ecorePackage.getELong(), "records", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Written(), ecorePackage.getELong(), "written", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Superseded(), ecorePackage.getELong(), "superseded", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Counts(), ecorePackage.getEString(), "counts", null, 0, -1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Warnings(), ecorePackage.getEString(), "warnings", null, 0, -1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_UnlistedWarnings(), ecorePackage.getELong(), "unlistedWarnings", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(entityTypeEEnum, EntityType.class, "EntityType");
		addEEnumLiteral(entityTypeEEnum, EntityType.REGISTERED_ENTITY);
		addEEnumLiteral(entityTypeEEnum, EntityType.LEGAL_ENTITY);
		addEEnumLiteral(entityTypeEEnum, EntityType.ARRANGEMENT);
		addEEnumLiteral(entityTypeEEnum, EntityType.ANONYMOUS_ENTITY);
		addEEnumLiteral(entityTypeEEnum, EntityType.UNKNOWN_ENTITY);
		addEEnumLiteral(entityTypeEEnum, EntityType.STATE);
		addEEnumLiteral(entityTypeEEnum, EntityType.STATE_BODY);

		initEEnum(personTypeEEnum, PersonType.class, "PersonType");
		addEEnumLiteral(personTypeEEnum, PersonType.KNOWN_PERSON);
		addEEnumLiteral(personTypeEEnum, PersonType.ANONYMOUS_PERSON);
		addEEnumLiteral(personTypeEEnum, PersonType.UNKNOWN_PERSON);

		initEEnum(jurisdictionKindEEnum, JurisdictionKind.class, "JurisdictionKind");
		addEEnumLiteral(jurisdictionKindEEnum, JurisdictionKind.COUNTRY);
		addEEnumLiteral(jurisdictionKindEEnum, JurisdictionKind.SPECIAL_ADMINISTRATIVE_REGION);
		addEEnumLiteral(jurisdictionKindEEnum, JurisdictionKind.SUBDIVISION);
		addEEnumLiteral(jurisdictionKindEEnum, JurisdictionKind.OTHER);

		initEEnum(interestTypeEEnum, InterestType.class, "InterestType");
		addEEnumLiteral(interestTypeEEnum, InterestType.SHAREHOLDING);
		addEEnumLiteral(interestTypeEEnum, InterestType.VOTING_RIGHTS);
		addEEnumLiteral(interestTypeEEnum, InterestType.APPOINTMENT_OF_BOARD);
		addEEnumLiteral(interestTypeEEnum, InterestType.OTHER_INFLUENCE_OR_CONTROL);
		addEEnumLiteral(interestTypeEEnum, InterestType.SENIOR_MANAGING_OFFICIAL);
		addEEnumLiteral(interestTypeEEnum, InterestType.SETTLOR);
		addEEnumLiteral(interestTypeEEnum, InterestType.TRUSTEE);
		addEEnumLiteral(interestTypeEEnum, InterestType.PROTECTOR);
		addEEnumLiteral(interestTypeEEnum, InterestType.BENEFICIARY_OF_LEGAL_ARRANGEMENT);
		addEEnumLiteral(interestTypeEEnum, InterestType.RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION);
		addEEnumLiteral(interestTypeEEnum, InterestType.RIGHTS_TO_PROFIT_OR_INCOME);
		addEEnumLiteral(interestTypeEEnum, InterestType.RIGHTS_GRANTED_BY_CONTRACT);
		addEEnumLiteral(interestTypeEEnum, InterestType.CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT);
		addEEnumLiteral(interestTypeEEnum, InterestType.CONTROL_VIA_COMPANY_RULES_OR_ARTICLES);
		addEEnumLiteral(interestTypeEEnum, InterestType.CONTROL_BY_LEGAL_FRAMEWORK);
		addEEnumLiteral(interestTypeEEnum, InterestType.BOARD_MEMBER);
		addEEnumLiteral(interestTypeEEnum, InterestType.BOARD_CHAIR);
		addEEnumLiteral(interestTypeEEnum, InterestType.UNKNOWN_INTEREST);
		addEEnumLiteral(interestTypeEEnum, InterestType.UNPUBLISHED_INTEREST);
		addEEnumLiteral(interestTypeEEnum, InterestType.ENJOYMENT_AND_USE_OF_ASSETS);
		addEEnumLiteral(interestTypeEEnum, InterestType.RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS);
		addEEnumLiteral(interestTypeEEnum, InterestType.NOMINEE);
		addEEnumLiteral(interestTypeEEnum, InterestType.NOMINATOR);

		initEEnum(directOrIndirectEEnum, DirectOrIndirect.class, "DirectOrIndirect");
		addEEnumLiteral(directOrIndirectEEnum, DirectOrIndirect.UNKNOWN);
		addEEnumLiteral(directOrIndirectEEnum, DirectOrIndirect.DIRECT);
		addEEnumLiteral(directOrIndirectEEnum, DirectOrIndirect.INDIRECT);

		initEEnum(supplyRelationEEnum, SupplyRelation.class, "SupplyRelation");
		addEEnumLiteral(supplyRelationEEnum, SupplyRelation.OWN);
		addEEnumLiteral(supplyRelationEEnum, SupplyRelation.OEM);
		addEEnumLiteral(supplyRelationEEnum, SupplyRelation.ODM);

		initEEnum(siteSensitivityEEnum, SiteSensitivity.class, "SiteSensitivity");
		addEEnumLiteral(siteSensitivityEEnum, SiteSensitivity.STANDARD);
		addEEnumLiteral(siteSensitivityEEnum, SiteSensitivity.SENSITIVE);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http://www.longarm.org/constraints
		createConstraintsAnnotations();
		// http://www.longarm.org/neo4j
		createNeo4jAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "validationDelegates", "http://www.longarm.org/constraints"
		   });
		addAnnotation
		  (sourceEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank"
		   });
		addAnnotation
		  (jurisdictionEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank"
		   });
		addAnnotation
		  (identifierEClass,
		   source,
		   new String[] {
			   "constraints", "schemeAndIdSet"
		   });
		addAnnotation
		  (entityEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank"
		   });
		addAnnotation
		  (organisationEClass,
		   source,
		   new String[] {
			   "constraints", "foundingNotAfterDissolution"
		   });
		addAnnotation
		  (relationshipEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank noInterestInItself"
		   });
		addAnnotation
		  (interestEClass,
		   source,
		   new String[] {
			   "constraints", "shareWithinRange minimumNotAboveMaximum startNotAfterEnd"
		   });
		addAnnotation
		  (brandEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank"
		   });
		addAnnotation
		  (productLineEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank validFromNotAfterValidTo"
		   });
		addAnnotation
		  (siteEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank"
		   });
		addAnnotation
		  (deviceEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank"
		   });
		addAnnotation
		  (importRecordEClass,
		   source,
		   new String[] {
			   "constraints", "keyNotBlank"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.longarm.org/constraints</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createConstraintsAnnotations() {
		String source = "http://www.longarm.org/constraints";
		addAnnotation
		  (sourceEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank"
		   });
		addAnnotation
		  (jurisdictionEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank"
		   });
		addAnnotation
		  (identifierEClass,
		   source,
		   new String[] {
			   "schemeAndIdSet", "an identifier has a scheme and an id, neither blank"
		   });
		addAnnotation
		  (entityEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank"
		   });
		addAnnotation
		  (organisationEClass,
		   source,
		   new String[] {
			   "foundingNotAfterDissolution", "foundingDate is not after dissolutionDate"
		   });
		addAnnotation
		  (relationshipEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank",
			   "noInterestInItself", "the interested party is not the subject"
		   });
		addAnnotation
		  (interestEClass,
		   source,
		   new String[] {
			   "shareWithinRange", "every share figure lies within 0..100",
			   "minimumNotAboveMaximum", "shareMinimum is not above shareMaximum",
			   "startNotAfterEnd", "startDate is not after endDate"
		   });
		addAnnotation
		  (brandEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank"
		   });
		addAnnotation
		  (productLineEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank",
			   "validFromNotAfterValidTo", "validFrom is not after validTo"
		   });
		addAnnotation
		  (siteEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank"
		   });
		addAnnotation
		  (deviceEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank"
		   });
		addAnnotation
		  (importRecordEClass,
		   source,
		   new String[] {
			   "keyNotBlank", "the key attribute is set and not blank"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.longarm.org/neo4j</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createNeo4jAnnotations() {
		String source = "http://www.longarm.org/neo4j";
		addAnnotation
		  (identifierEClass,
		   source,
		   new String[] {
			   "index", "scheme,id"
		   });
		addAnnotation
		  (entityEClass,
		   source,
		   new String[] {
			   "fulltext", "name,alternateNames"
		   });
		addAnnotation
		  (relationshipEClass,
		   source,
		   new String[] {
			   "edge", "INTEREST_IN",
			   "from", "interestedParty",
			   "to", "subject",
			   "each", "interests"
		   });
		addAnnotation
		  (importRecordEClass,
		   source,
		   new String[] {
			   "index", "sha256"
		   });
	}

} //LongarmPackageImpl
