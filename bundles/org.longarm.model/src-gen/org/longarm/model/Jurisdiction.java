/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Jurisdiction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A country or territory, keyed by its ISO 3166-1 alpha-2 (or ISO 3166-2 subdivision) code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Jurisdiction#getCode <em>Code</em>}</li>
 *   <li>{@link org.longarm.model.Jurisdiction#getName <em>Name</em>}</li>
 *   <li>{@link org.longarm.model.Jurisdiction#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getJurisdiction()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank'"
 * @generated
 */
public interface Jurisdiction extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.longarm.model.LongarmPackage#getJurisdiction_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.longarm.model.Jurisdiction#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.longarm.model.LongarmPackage#getJurisdiction_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.longarm.model.Jurisdiction#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.longarm.model.JurisdictionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.longarm.model.JurisdictionKind
	 * @see #setKind(JurisdictionKind)
	 * @see org.longarm.model.LongarmPackage#getJurisdiction_Kind()
	 * @model
	 * @generated
	 */
	JurisdictionKind getKind();

	/**
	 * Sets the value of the '{@link org.longarm.model.Jurisdiction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.longarm.model.JurisdictionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(JurisdictionKind value);

} // Jurisdiction
