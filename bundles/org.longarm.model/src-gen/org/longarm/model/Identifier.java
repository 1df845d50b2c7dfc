/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identifier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An identifier of an entity in a register, e.g. scheme GB-COH and id 01234567, written SCHEME:ID.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Identifier#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.longarm.model.Identifier#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.Identifier#getSchemeName <em>Scheme Name</em>}</li>
 *   <li>{@link org.longarm.model.Identifier#getUri <em>Uri</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getIdentifier()
 * @model annotation="http://www.longarm.org/neo4j index='scheme,id'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='schemeAndIdSet'"
 *        annotation="http://www.longarm.org/constraints schemeAndIdSet='an identifier has a scheme and an id, neither blank'"
 * @generated
 */
public interface Identifier extends EObject {
	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme</em>' attribute.
	 * @see #setScheme(String)
	 * @see org.longarm.model.LongarmPackage#getIdentifier_Scheme()
	 * @model
	 * @generated
	 */
	String getScheme();

	/**
	 * Sets the value of the '{@link org.longarm.model.Identifier#getScheme <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' attribute.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(String value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.longarm.model.LongarmPackage#getIdentifier_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.longarm.model.Identifier#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Scheme Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme Name</em>' attribute.
	 * @see #setSchemeName(String)
	 * @see org.longarm.model.LongarmPackage#getIdentifier_SchemeName()
	 * @model
	 * @generated
	 */
	String getSchemeName();

	/**
	 * Sets the value of the '{@link org.longarm.model.Identifier#getSchemeName <em>Scheme Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme Name</em>' attribute.
	 * @see #getSchemeName()
	 * @generated
	 */
	void setSchemeName(String value);

	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see org.longarm.model.LongarmPackage#getIdentifier_Uri()
	 * @model
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link org.longarm.model.Identifier#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

} // Identifier
