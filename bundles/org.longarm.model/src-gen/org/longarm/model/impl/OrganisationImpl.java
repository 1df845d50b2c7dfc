/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.longarm.model.EntityType;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.OrganisationImpl#getEntityType <em>Entity Type</em>}</li>
 *   <li>{@link org.longarm.model.impl.OrganisationImpl#getEntitySubtype <em>Entity Subtype</em>}</li>
 *   <li>{@link org.longarm.model.impl.OrganisationImpl#isPublicListing <em>Public Listing</em>}</li>
 *   <li>{@link org.longarm.model.impl.OrganisationImpl#getListings <em>Listings</em>}</li>
 *   <li>{@link org.longarm.model.impl.OrganisationImpl#getFoundingDate <em>Founding Date</em>}</li>
 *   <li>{@link org.longarm.model.impl.OrganisationImpl#getDissolutionDate <em>Dissolution Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends EntityImpl implements Organisation {
	/**
	 * The default value of the '{@link #getEntityType() <em>Entity Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityType()
	 * @generated
	 * @ordered
	 */
	protected static final EntityType ENTITY_TYPE_EDEFAULT = EntityType.REGISTERED_ENTITY;

	/**
	 * The cached value of the '{@link #getEntityType() <em>Entity Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityType()
	 * @generated
	 * @ordered
	 */
	protected EntityType entityType = ENTITY_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntitySubtype() <em>Entity Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntitySubtype()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTITY_SUBTYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntitySubtype() <em>Entity Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntitySubtype()
	 * @generated
	 * @ordered
	 */
	protected String entitySubtype = ENTITY_SUBTYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPublicListing() <em>Public Listing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublicListing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PUBLIC_LISTING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPublicListing() <em>Public Listing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublicListing()
	 * @generated
	 * @ordered
	 */
	protected boolean publicListing = PUBLIC_LISTING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getListings() <em>Listings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> listings;

	/**
	 * The default value of the '{@link #getFoundingDate() <em>Founding Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundingDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOUNDING_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoundingDate() <em>Founding Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundingDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate foundingDate = FOUNDING_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDissolutionDate() <em>Dissolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDissolutionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DISSOLUTION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDissolutionDate() <em>Dissolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDissolutionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dissolutionDate = DISSOLUTION_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntityType getEntityType() {
		return entityType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntityType(EntityType newEntityType) {
		EntityType oldEntityType = entityType;
		entityType = newEntityType == null ? ENTITY_TYPE_EDEFAULT : newEntityType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.ORGANISATION__ENTITY_TYPE, oldEntityType, entityType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEntitySubtype() {
		return entitySubtype;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntitySubtype(String newEntitySubtype) {
		String oldEntitySubtype = entitySubtype;
		entitySubtype = newEntitySubtype;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.ORGANISATION__ENTITY_SUBTYPE, oldEntitySubtype, entitySubtype));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPublicListing() {
		return publicListing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicListing(boolean newPublicListing) {
		boolean oldPublicListing = publicListing;
		publicListing = newPublicListing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.ORGANISATION__PUBLIC_LISTING, oldPublicListing, publicListing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getListings() {
		if (listings == null) {
			listings = new EDataTypeUniqueEList<String>(String.class, this, LongarmPackage.ORGANISATION__LISTINGS);
		}
		return listings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFoundingDate() {
		return foundingDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundingDate(LocalDate newFoundingDate) {
		LocalDate oldFoundingDate = foundingDate;
		foundingDate = newFoundingDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.ORGANISATION__FOUNDING_DATE, oldFoundingDate, foundingDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDissolutionDate() {
		return dissolutionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDissolutionDate(LocalDate newDissolutionDate) {
		LocalDate oldDissolutionDate = dissolutionDate;
		dissolutionDate = newDissolutionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.ORGANISATION__DISSOLUTION_DATE, oldDissolutionDate, dissolutionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.ORGANISATION__ENTITY_TYPE:
				return getEntityType();
			case LongarmPackage.ORGANISATION__ENTITY_SUBTYPE:
				return getEntitySubtype();
			case LongarmPackage.ORGANISATION__PUBLIC_LISTING:
				return isPublicListing();
			case LongarmPackage.ORGANISATION__LISTINGS:
				return getListings();
			case LongarmPackage.ORGANISATION__FOUNDING_DATE:
				return getFoundingDate();
			case LongarmPackage.ORGANISATION__DISSOLUTION_DATE:
				return getDissolutionDate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LongarmPackage.ORGANISATION__ENTITY_TYPE:
				setEntityType((EntityType)newValue);
				return;
			case LongarmPackage.ORGANISATION__ENTITY_SUBTYPE:
				setEntitySubtype((String)newValue);
				return;
			case LongarmPackage.ORGANISATION__PUBLIC_LISTING:
				setPublicListing((Boolean)newValue);
				return;
			case LongarmPackage.ORGANISATION__LISTINGS:
				getListings().clear();
				getListings().addAll((Collection<? extends String>)newValue);
				return;
			case LongarmPackage.ORGANISATION__FOUNDING_DATE:
				setFoundingDate((LocalDate)newValue);
				return;
			case LongarmPackage.ORGANISATION__DISSOLUTION_DATE:
				setDissolutionDate((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LongarmPackage.ORGANISATION__ENTITY_TYPE:
				setEntityType(ENTITY_TYPE_EDEFAULT);
				return;
			case LongarmPackage.ORGANISATION__ENTITY_SUBTYPE:
				setEntitySubtype(ENTITY_SUBTYPE_EDEFAULT);
				return;
			case LongarmPackage.ORGANISATION__PUBLIC_LISTING:
				setPublicListing(PUBLIC_LISTING_EDEFAULT);
				return;
			case LongarmPackage.ORGANISATION__LISTINGS:
				getListings().clear();
				return;
			case LongarmPackage.ORGANISATION__FOUNDING_DATE:
				setFoundingDate(FOUNDING_DATE_EDEFAULT);
				return;
			case LongarmPackage.ORGANISATION__DISSOLUTION_DATE:
				setDissolutionDate(DISSOLUTION_DATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LongarmPackage.ORGANISATION__ENTITY_TYPE:
				return entityType != ENTITY_TYPE_EDEFAULT;
			case LongarmPackage.ORGANISATION__ENTITY_SUBTYPE:
				return ENTITY_SUBTYPE_EDEFAULT == null ? entitySubtype != null : !ENTITY_SUBTYPE_EDEFAULT.equals(entitySubtype);
			case LongarmPackage.ORGANISATION__PUBLIC_LISTING:
				return publicListing != PUBLIC_LISTING_EDEFAULT;
			case LongarmPackage.ORGANISATION__LISTINGS:
				return listings != null && !listings.isEmpty();
			case LongarmPackage.ORGANISATION__FOUNDING_DATE:
				return FOUNDING_DATE_EDEFAULT == null ? foundingDate != null : !FOUNDING_DATE_EDEFAULT.equals(foundingDate);
			case LongarmPackage.ORGANISATION__DISSOLUTION_DATE:
				return DISSOLUTION_DATE_EDEFAULT == null ? dissolutionDate != null : !DISSOLUTION_DATE_EDEFAULT.equals(dissolutionDate);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (entityType: ");
		result.append(entityType);
		result.append(", entitySubtype: ");
		result.append(entitySubtype);
		result.append(", publicListing: ");
		result.append(publicListing);
		result.append(", listings: ");
		result.append(listings);
		result.append(", foundingDate: ");
		result.append(foundingDate);
		result.append(", dissolutionDate: ");
		result.append(dissolutionDate);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
