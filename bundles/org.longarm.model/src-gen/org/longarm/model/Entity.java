/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A party that can own, control or be owned: an organisation (including states and state bodies) or a person. Keyed by its BODS recordId.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Entity#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.Entity#getName <em>Name</em>}</li>
 *   <li>{@link org.longarm.model.Entity#getAlternateNames <em>Alternate Names</em>}</li>
 *   <li>{@link org.longarm.model.Entity#getIdentifiers <em>Identifiers</em>}</li>
 *   <li>{@link org.longarm.model.Entity#getJurisdiction <em>Jurisdiction</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getEntity()
 * @model abstract="true"
 *        annotation="http://www.longarm.org/neo4j fulltext='name,alternateNames'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank'"
 * @generated
 */
public interface Entity extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.longarm.model.LongarmPackage#getEntity_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.longarm.model.Entity#getId <em>Id</em>}' attribute.
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
	 * @see org.longarm.model.LongarmPackage#getEntity_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.longarm.model.Entity#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Alternate Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alternate Names</em>' attribute list.
	 * @see org.longarm.model.LongarmPackage#getEntity_AlternateNames()
	 * @model
	 * @generated
	 */
	EList<String> getAlternateNames();

	/**
	 * Returns the value of the '<em><b>Identifiers</b></em>' containment reference list.
	 * The list contents are of type {@link org.longarm.model.Identifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identifiers</em>' containment reference list.
	 * @see org.longarm.model.LongarmPackage#getEntity_Identifiers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Identifier> getIdentifiers();

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where an organisation is registered; for a person, the jurisdiction of residence if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.longarm.model.LongarmPackage#getEntity_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.longarm.model.Entity#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

} // Entity
