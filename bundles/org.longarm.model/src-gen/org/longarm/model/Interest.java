/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interest</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One interest of a relationship: its type, share (exact, or a range) in percent, and the dates it holds between (both inclusive; a missing bound is open).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Interest#getType <em>Type</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getDirectOrIndirect <em>Direct Or Indirect</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getBeneficialOwnershipOrControl <em>Beneficial Ownership Or Control</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getShareExact <em>Share Exact</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getShareMinimum <em>Share Minimum</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getShareMaximum <em>Share Maximum</em>}</li>
 *   <li>{@link org.longarm.model.Interest#isExclusiveMinimum <em>Exclusive Minimum</em>}</li>
 *   <li>{@link org.longarm.model.Interest#isExclusiveMaximum <em>Exclusive Maximum</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.longarm.model.Interest#getDetails <em>Details</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getInterest()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='shareWithinRange minimumNotAboveMaximum startNotAfterEnd'"
 *        annotation="http://www.longarm.org/constraints shareWithinRange='every share figure lies within 0..100' minimumNotAboveMaximum='shareMinimum is not above shareMaximum' startNotAfterEnd='startDate is not after endDate'"
 * @generated
 */
public interface Interest extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.longarm.model.InterestType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.longarm.model.InterestType
	 * @see #setType(InterestType)
	 * @see org.longarm.model.LongarmPackage#getInterest_Type()
	 * @model
	 * @generated
	 */
	InterestType getType();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.longarm.model.InterestType
	 * @see #getType()
	 * @generated
	 */
	void setType(InterestType value);

	/**
	 * Returns the value of the '<em><b>Direct Or Indirect</b></em>' attribute.
	 * The literals are from the enumeration {@link org.longarm.model.DirectOrIndirect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direct Or Indirect</em>' attribute.
	 * @see org.longarm.model.DirectOrIndirect
	 * @see #setDirectOrIndirect(DirectOrIndirect)
	 * @see org.longarm.model.LongarmPackage#getInterest_DirectOrIndirect()
	 * @model
	 * @generated
	 */
	DirectOrIndirect getDirectOrIndirect();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getDirectOrIndirect <em>Direct Or Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct Or Indirect</em>' attribute.
	 * @see org.longarm.model.DirectOrIndirect
	 * @see #getDirectOrIndirect()
	 * @generated
	 */
	void setDirectOrIndirect(DirectOrIndirect value);

	/**
	 * Returns the value of the '<em><b>Beneficial Ownership Or Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beneficial Ownership Or Control</em>' attribute.
	 * @see #setBeneficialOwnershipOrControl(Boolean)
	 * @see org.longarm.model.LongarmPackage#getInterest_BeneficialOwnershipOrControl()
	 * @model
	 * @generated
	 */
	Boolean getBeneficialOwnershipOrControl();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getBeneficialOwnershipOrControl <em>Beneficial Ownership Or Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficial Ownership Or Control</em>' attribute.
	 * @see #getBeneficialOwnershipOrControl()
	 * @generated
	 */
	void setBeneficialOwnershipOrControl(Boolean value);

	/**
	 * Returns the value of the '<em><b>Share Exact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share Exact</em>' attribute.
	 * @see #setShareExact(Double)
	 * @see org.longarm.model.LongarmPackage#getInterest_ShareExact()
	 * @model
	 * @generated
	 */
	Double getShareExact();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getShareExact <em>Share Exact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Exact</em>' attribute.
	 * @see #getShareExact()
	 * @generated
	 */
	void setShareExact(Double value);

	/**
	 * Returns the value of the '<em><b>Share Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share Minimum</em>' attribute.
	 * @see #setShareMinimum(Double)
	 * @see org.longarm.model.LongarmPackage#getInterest_ShareMinimum()
	 * @model
	 * @generated
	 */
	Double getShareMinimum();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getShareMinimum <em>Share Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Minimum</em>' attribute.
	 * @see #getShareMinimum()
	 * @generated
	 */
	void setShareMinimum(Double value);

	/**
	 * Returns the value of the '<em><b>Share Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share Maximum</em>' attribute.
	 * @see #setShareMaximum(Double)
	 * @see org.longarm.model.LongarmPackage#getInterest_ShareMaximum()
	 * @model
	 * @generated
	 */
	Double getShareMaximum();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getShareMaximum <em>Share Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Maximum</em>' attribute.
	 * @see #getShareMaximum()
	 * @generated
	 */
	void setShareMaximum(Double value);

	/**
	 * Returns the value of the '<em><b>Exclusive Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusive Minimum</em>' attribute.
	 * @see #setExclusiveMinimum(boolean)
	 * @see org.longarm.model.LongarmPackage#getInterest_ExclusiveMinimum()
	 * @model
	 * @generated
	 */
	boolean isExclusiveMinimum();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#isExclusiveMinimum <em>Exclusive Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive Minimum</em>' attribute.
	 * @see #isExclusiveMinimum()
	 * @generated
	 */
	void setExclusiveMinimum(boolean value);

	/**
	 * Returns the value of the '<em><b>Exclusive Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusive Maximum</em>' attribute.
	 * @see #setExclusiveMaximum(boolean)
	 * @see org.longarm.model.LongarmPackage#getInterest_ExclusiveMaximum()
	 * @model
	 * @generated
	 */
	boolean isExclusiveMaximum();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#isExclusiveMaximum <em>Exclusive Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive Maximum</em>' attribute.
	 * @see #isExclusiveMaximum()
	 * @generated
	 */
	void setExclusiveMaximum(boolean value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getInterest_StartDate()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getInterest_EndDate()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Details</em>' attribute.
	 * @see #setDetails(String)
	 * @see org.longarm.model.LongarmPackage#getInterest_Details()
	 * @model
	 * @generated
	 */
	String getDetails();

	/**
	 * Sets the value of the '{@link org.longarm.model.Interest#getDetails <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Details</em>' attribute.
	 * @see #getDetails()
	 * @generated
	 */
	void setDetails(String value);

} // Interest
