/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.longarm.model.DirectOrIndirect;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interest</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getDirectOrIndirect <em>Direct Or Indirect</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getBeneficialOwnershipOrControl <em>Beneficial Ownership Or Control</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getShareExact <em>Share Exact</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getShareMinimum <em>Share Minimum</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getShareMaximum <em>Share Maximum</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#isExclusiveMinimum <em>Exclusive Minimum</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#isExclusiveMaximum <em>Exclusive Maximum</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.longarm.model.impl.InterestImpl#getDetails <em>Details</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterestImpl extends MinimalEObjectImpl.Container implements Interest {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final InterestType TYPE_EDEFAULT = InterestType.SHAREHOLDING;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected InterestType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirectOrIndirect() <em>Direct Or Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectOrIndirect()
	 * @generated
	 * @ordered
	 */
	protected static final DirectOrIndirect DIRECT_OR_INDIRECT_EDEFAULT = DirectOrIndirect.UNKNOWN;

	/**
	 * The cached value of the '{@link #getDirectOrIndirect() <em>Direct Or Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectOrIndirect()
	 * @generated
	 * @ordered
	 */
	protected DirectOrIndirect directOrIndirect = DIRECT_OR_INDIRECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeneficialOwnershipOrControl() <em>Beneficial Ownership Or Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficialOwnershipOrControl()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean BENEFICIAL_OWNERSHIP_OR_CONTROL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeneficialOwnershipOrControl() <em>Beneficial Ownership Or Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficialOwnershipOrControl()
	 * @generated
	 * @ordered
	 */
	protected Boolean beneficialOwnershipOrControl = BENEFICIAL_OWNERSHIP_OR_CONTROL_EDEFAULT;

	/**
	 * The default value of the '{@link #getShareExact() <em>Share Exact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareExact()
	 * @generated
	 * @ordered
	 */
	protected static final Double SHARE_EXACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShareExact() <em>Share Exact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareExact()
	 * @generated
	 * @ordered
	 */
	protected Double shareExact = SHARE_EXACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getShareMinimum() <em>Share Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final Double SHARE_MINIMUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShareMinimum() <em>Share Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareMinimum()
	 * @generated
	 * @ordered
	 */
	protected Double shareMinimum = SHARE_MINIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getShareMaximum() <em>Share Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final Double SHARE_MAXIMUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShareMaximum() <em>Share Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareMaximum()
	 * @generated
	 * @ordered
	 */
	protected Double shareMaximum = SHARE_MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isExclusiveMinimum() <em>Exclusive Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExclusiveMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUSIVE_MINIMUM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExclusiveMinimum() <em>Exclusive Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExclusiveMinimum()
	 * @generated
	 * @ordered
	 */
	protected boolean exclusiveMinimum = EXCLUSIVE_MINIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isExclusiveMaximum() <em>Exclusive Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExclusiveMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUSIVE_MAXIMUM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExclusiveMaximum() <em>Exclusive Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExclusiveMaximum()
	 * @generated
	 * @ordered
	 */
	protected boolean exclusiveMaximum = EXCLUSIVE_MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAILS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected String details = DETAILS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.INTEREST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterestType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(InterestType newType) {
		InterestType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectOrIndirect getDirectOrIndirect() {
		return directOrIndirect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectOrIndirect(DirectOrIndirect newDirectOrIndirect) {
		DirectOrIndirect oldDirectOrIndirect = directOrIndirect;
		directOrIndirect = newDirectOrIndirect == null ? DIRECT_OR_INDIRECT_EDEFAULT : newDirectOrIndirect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__DIRECT_OR_INDIRECT, oldDirectOrIndirect, directOrIndirect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getBeneficialOwnershipOrControl() {
		return beneficialOwnershipOrControl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficialOwnershipOrControl(Boolean newBeneficialOwnershipOrControl) {
		Boolean oldBeneficialOwnershipOrControl = beneficialOwnershipOrControl;
		beneficialOwnershipOrControl = newBeneficialOwnershipOrControl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL, oldBeneficialOwnershipOrControl, beneficialOwnershipOrControl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getShareExact() {
		return shareExact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareExact(Double newShareExact) {
		Double oldShareExact = shareExact;
		shareExact = newShareExact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__SHARE_EXACT, oldShareExact, shareExact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getShareMinimum() {
		return shareMinimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareMinimum(Double newShareMinimum) {
		Double oldShareMinimum = shareMinimum;
		shareMinimum = newShareMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__SHARE_MINIMUM, oldShareMinimum, shareMinimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getShareMaximum() {
		return shareMaximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareMaximum(Double newShareMaximum) {
		Double oldShareMaximum = shareMaximum;
		shareMaximum = newShareMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__SHARE_MAXIMUM, oldShareMaximum, shareMaximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExclusiveMinimum() {
		return exclusiveMinimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusiveMinimum(boolean newExclusiveMinimum) {
		boolean oldExclusiveMinimum = exclusiveMinimum;
		exclusiveMinimum = newExclusiveMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__EXCLUSIVE_MINIMUM, oldExclusiveMinimum, exclusiveMinimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExclusiveMaximum() {
		return exclusiveMaximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusiveMaximum(boolean newExclusiveMaximum) {
		boolean oldExclusiveMaximum = exclusiveMaximum;
		exclusiveMaximum = newExclusiveMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__EXCLUSIVE_MAXIMUM, oldExclusiveMaximum, exclusiveMaximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetails() {
		return details;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetails(String newDetails) {
		String oldDetails = details;
		details = newDetails;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.INTEREST__DETAILS, oldDetails, details));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.INTEREST__TYPE:
				return getType();
			case LongarmPackage.INTEREST__DIRECT_OR_INDIRECT:
				return getDirectOrIndirect();
			case LongarmPackage.INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL:
				return getBeneficialOwnershipOrControl();
			case LongarmPackage.INTEREST__SHARE_EXACT:
				return getShareExact();
			case LongarmPackage.INTEREST__SHARE_MINIMUM:
				return getShareMinimum();
			case LongarmPackage.INTEREST__SHARE_MAXIMUM:
				return getShareMaximum();
			case LongarmPackage.INTEREST__EXCLUSIVE_MINIMUM:
				return isExclusiveMinimum();
			case LongarmPackage.INTEREST__EXCLUSIVE_MAXIMUM:
				return isExclusiveMaximum();
			case LongarmPackage.INTEREST__START_DATE:
				return getStartDate();
			case LongarmPackage.INTEREST__END_DATE:
				return getEndDate();
			case LongarmPackage.INTEREST__DETAILS:
				return getDetails();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LongarmPackage.INTEREST__TYPE:
				setType((InterestType)newValue);
				return;
			case LongarmPackage.INTEREST__DIRECT_OR_INDIRECT:
				setDirectOrIndirect((DirectOrIndirect)newValue);
				return;
			case LongarmPackage.INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL:
				setBeneficialOwnershipOrControl((Boolean)newValue);
				return;
			case LongarmPackage.INTEREST__SHARE_EXACT:
				setShareExact((Double)newValue);
				return;
			case LongarmPackage.INTEREST__SHARE_MINIMUM:
				setShareMinimum((Double)newValue);
				return;
			case LongarmPackage.INTEREST__SHARE_MAXIMUM:
				setShareMaximum((Double)newValue);
				return;
			case LongarmPackage.INTEREST__EXCLUSIVE_MINIMUM:
				setExclusiveMinimum((Boolean)newValue);
				return;
			case LongarmPackage.INTEREST__EXCLUSIVE_MAXIMUM:
				setExclusiveMaximum((Boolean)newValue);
				return;
			case LongarmPackage.INTEREST__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case LongarmPackage.INTEREST__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case LongarmPackage.INTEREST__DETAILS:
				setDetails((String)newValue);
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
			case LongarmPackage.INTEREST__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__DIRECT_OR_INDIRECT:
				setDirectOrIndirect(DIRECT_OR_INDIRECT_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL:
				setBeneficialOwnershipOrControl(BENEFICIAL_OWNERSHIP_OR_CONTROL_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__SHARE_EXACT:
				setShareExact(SHARE_EXACT_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__SHARE_MINIMUM:
				setShareMinimum(SHARE_MINIMUM_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__SHARE_MAXIMUM:
				setShareMaximum(SHARE_MAXIMUM_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__EXCLUSIVE_MINIMUM:
				setExclusiveMinimum(EXCLUSIVE_MINIMUM_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__EXCLUSIVE_MAXIMUM:
				setExclusiveMaximum(EXCLUSIVE_MAXIMUM_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case LongarmPackage.INTEREST__DETAILS:
				setDetails(DETAILS_EDEFAULT);
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
			case LongarmPackage.INTEREST__TYPE:
				return type != TYPE_EDEFAULT;
			case LongarmPackage.INTEREST__DIRECT_OR_INDIRECT:
				return directOrIndirect != DIRECT_OR_INDIRECT_EDEFAULT;
			case LongarmPackage.INTEREST__BENEFICIAL_OWNERSHIP_OR_CONTROL:
				return BENEFICIAL_OWNERSHIP_OR_CONTROL_EDEFAULT == null ? beneficialOwnershipOrControl != null : !BENEFICIAL_OWNERSHIP_OR_CONTROL_EDEFAULT.equals(beneficialOwnershipOrControl);
			case LongarmPackage.INTEREST__SHARE_EXACT:
				return SHARE_EXACT_EDEFAULT == null ? shareExact != null : !SHARE_EXACT_EDEFAULT.equals(shareExact);
			case LongarmPackage.INTEREST__SHARE_MINIMUM:
				return SHARE_MINIMUM_EDEFAULT == null ? shareMinimum != null : !SHARE_MINIMUM_EDEFAULT.equals(shareMinimum);
			case LongarmPackage.INTEREST__SHARE_MAXIMUM:
				return SHARE_MAXIMUM_EDEFAULT == null ? shareMaximum != null : !SHARE_MAXIMUM_EDEFAULT.equals(shareMaximum);
			case LongarmPackage.INTEREST__EXCLUSIVE_MINIMUM:
				return exclusiveMinimum != EXCLUSIVE_MINIMUM_EDEFAULT;
			case LongarmPackage.INTEREST__EXCLUSIVE_MAXIMUM:
				return exclusiveMaximum != EXCLUSIVE_MAXIMUM_EDEFAULT;
			case LongarmPackage.INTEREST__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case LongarmPackage.INTEREST__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case LongarmPackage.INTEREST__DETAILS:
				return DETAILS_EDEFAULT == null ? details != null : !DETAILS_EDEFAULT.equals(details);
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
		result.append(" (type: ");
		result.append(type);
		result.append(", directOrIndirect: ");
		result.append(directOrIndirect);
		result.append(", beneficialOwnershipOrControl: ");
		result.append(beneficialOwnershipOrControl);
		result.append(", shareExact: ");
		result.append(shareExact);
		result.append(", shareMinimum: ");
		result.append(shareMinimum);
		result.append(", shareMaximum: ");
		result.append(shareMaximum);
		result.append(", exclusiveMinimum: ");
		result.append(exclusiveMinimum);
		result.append(", exclusiveMaximum: ");
		result.append(exclusiveMaximum);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", details: ");
		result.append(details);
		result.append(')');
		return result.toString();
	}

} //InterestImpl
