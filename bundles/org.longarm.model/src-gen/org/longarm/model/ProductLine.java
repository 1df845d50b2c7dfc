/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who owns a brand's products and who makes them, for one model or (model *) all models of the brand, between two dates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.ProductLine#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.ProductLine#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.longarm.model.ProductLine#getModel <em>Model</em>}</li>
 *   <li>{@link org.longarm.model.ProductLine#getBrandOwner <em>Brand Owner</em>}</li>
 *   <li>{@link org.longarm.model.ProductLine#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.longarm.model.ProductLine#getRelation <em>Relation</em>}</li>
 *   <li>{@link org.longarm.model.ProductLine#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.longarm.model.ProductLine#getValidTo <em>Valid To</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getProductLine()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank validFromNotAfterValidTo'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank' validFromNotAfterValidTo='validFrom is not after validTo'"
 * @generated
 */
public interface ProductLine extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.longarm.model.LongarmPackage#getProductLine_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand</em>' reference.
	 * @see #setBrand(Brand)
	 * @see org.longarm.model.LongarmPackage#getProductLine_Brand()
	 * @model required="true"
	 * @generated
	 */
	Brand getBrand();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getBrand <em>Brand</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' reference.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(Brand value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.longarm.model.LongarmPackage#getProductLine_Model()
	 * @model required="true"
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Brand Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand Owner</em>' reference.
	 * @see #setBrandOwner(Entity)
	 * @see org.longarm.model.LongarmPackage#getProductLine_BrandOwner()
	 * @model
	 * @generated
	 */
	Entity getBrandOwner();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getBrandOwner <em>Brand Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand Owner</em>' reference.
	 * @see #getBrandOwner()
	 * @generated
	 */
	void setBrandOwner(Entity value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manufacturer</em>' reference.
	 * @see #setManufacturer(Entity)
	 * @see org.longarm.model.LongarmPackage#getProductLine_Manufacturer()
	 * @model
	 * @generated
	 */
	Entity getManufacturer();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getManufacturer <em>Manufacturer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' reference.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(Entity value);

	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.longarm.model.SupplyRelation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see org.longarm.model.SupplyRelation
	 * @see #isSetRelation()
	 * @see #unsetRelation()
	 * @see #setRelation(SupplyRelation)
	 * @see org.longarm.model.LongarmPackage#getProductLine_Relation()
	 * @model unsettable="true"
	 * @generated
	 */
	SupplyRelation getRelation();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see org.longarm.model.SupplyRelation
	 * @see #isSetRelation()
	 * @see #unsetRelation()
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(SupplyRelation value);

	/**
	 * Unsets the value of the '{@link org.longarm.model.ProductLine#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRelation()
	 * @see #getRelation()
	 * @see #setRelation(SupplyRelation)
	 * @generated
	 */
	void unsetRelation();

	/**
	 * Returns whether the value of the '{@link org.longarm.model.ProductLine#getRelation <em>Relation</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Relation</em>' attribute is set.
	 * @see #unsetRelation()
	 * @see #getRelation()
	 * @see #setRelation(SupplyRelation)
	 * @generated
	 */
	boolean isSetRelation();

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getProductLine_ValidFrom()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getProductLine_ValidTo()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidTo();

	/**
	 * Sets the value of the '{@link org.longarm.model.ProductLine#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(LocalDate value);

} // ProductLine
