/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Organisation#getEntityType <em>Entity Type</em>}</li>
 *   <li>{@link org.longarm.model.Organisation#getEntitySubtype <em>Entity Subtype</em>}</li>
 *   <li>{@link org.longarm.model.Organisation#isPublicListing <em>Public Listing</em>}</li>
 *   <li>{@link org.longarm.model.Organisation#getListings <em>Listings</em>}</li>
 *   <li>{@link org.longarm.model.Organisation#getFoundingDate <em>Founding Date</em>}</li>
 *   <li>{@link org.longarm.model.Organisation#getDissolutionDate <em>Dissolution Date</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getOrganisation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='foundingNotAfterDissolution'"
 *        annotation="http://www.longarm.org/constraints foundingNotAfterDissolution='foundingDate is not after dissolutionDate'"
 * @generated
 */
public interface Organisation extends Entity {
	/**
	 * Returns the value of the '<em><b>Entity Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.longarm.model.EntityType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Type</em>' attribute.
	 * @see org.longarm.model.EntityType
	 * @see #setEntityType(EntityType)
	 * @see org.longarm.model.LongarmPackage#getOrganisation_EntityType()
	 * @model
	 * @generated
	 */
	EntityType getEntityType();

	/**
	 * Sets the value of the '{@link org.longarm.model.Organisation#getEntityType <em>Entity Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Type</em>' attribute.
	 * @see org.longarm.model.EntityType
	 * @see #getEntityType()
	 * @generated
	 */
	void setEntityType(EntityType value);

	/**
	 * Returns the value of the '<em><b>Entity Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Subtype</em>' attribute.
	 * @see #setEntitySubtype(String)
	 * @see org.longarm.model.LongarmPackage#getOrganisation_EntitySubtype()
	 * @model
	 * @generated
	 */
	String getEntitySubtype();

	/**
	 * Sets the value of the '{@link org.longarm.model.Organisation#getEntitySubtype <em>Entity Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Subtype</em>' attribute.
	 * @see #getEntitySubtype()
	 * @generated
	 */
	void setEntitySubtype(String value);

	/**
	 * Returns the value of the '<em><b>Public Listing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the organisation has shares listed on a public market (its ownership is then a matter of public disclosure).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Listing</em>' attribute.
	 * @see #setPublicListing(boolean)
	 * @see org.longarm.model.LongarmPackage#getOrganisation_PublicListing()
	 * @model
	 * @generated
	 */
	boolean isPublicListing();

	/**
	 * Sets the value of the '{@link org.longarm.model.Organisation#isPublicListing <em>Public Listing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Listing</em>' attribute.
	 * @see #isPublicListing()
	 * @generated
	 */
	void setPublicListing(boolean value);

	/**
	 * Returns the value of the '<em><b>Listings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Securities listings as MARKET:TICKER, e.g. XSHE:002415.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listings</em>' attribute list.
	 * @see org.longarm.model.LongarmPackage#getOrganisation_Listings()
	 * @model
	 * @generated
	 */
	EList<String> getListings();

	/**
	 * Returns the value of the '<em><b>Founding Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Founding Date</em>' attribute.
	 * @see #setFoundingDate(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getOrganisation_FoundingDate()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getFoundingDate();

	/**
	 * Sets the value of the '{@link org.longarm.model.Organisation#getFoundingDate <em>Founding Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Founding Date</em>' attribute.
	 * @see #getFoundingDate()
	 * @generated
	 */
	void setFoundingDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Dissolution Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dissolution Date</em>' attribute.
	 * @see #setDissolutionDate(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getOrganisation_DissolutionDate()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getDissolutionDate();

	/**
	 * Sets the value of the '{@link org.longarm.model.Organisation#getDissolutionDate <em>Dissolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dissolution Date</em>' attribute.
	 * @see #getDissolutionDate()
	 * @generated
	 */
	void setDissolutionDate(LocalDate value);

} // Organisation
