/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Site#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.Site#getName <em>Name</em>}</li>
 *   <li>{@link org.longarm.model.Site#getSensitivity <em>Sensitivity</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getSite()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank'"
 * @generated
 */
public interface Site extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.longarm.model.LongarmPackage#getSite_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.longarm.model.Site#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.longarm.model.LongarmPackage#getSite_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.longarm.model.Site#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sensitivity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.longarm.model.SiteSensitivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sensitivity</em>' attribute.
	 * @see org.longarm.model.SiteSensitivity
	 * @see #setSensitivity(SiteSensitivity)
	 * @see org.longarm.model.LongarmPackage#getSite_Sensitivity()
	 * @model
	 * @generated
	 */
	SiteSensitivity getSensitivity();

	/**
	 * Sets the value of the '{@link org.longarm.model.Site#getSensitivity <em>Sensitivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensitivity</em>' attribute.
	 * @see org.longarm.model.SiteSensitivity
	 * @see #getSensitivity()
	 * @generated
	 */
	void setSensitivity(SiteSensitivity value);

} // Site
