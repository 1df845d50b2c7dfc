/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Person#getPersonType <em>Person Type</em>}</li>
 *   <li>{@link org.longarm.model.Person#getNationalities <em>Nationalities</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Entity {
	/**
	 * Returns the value of the '<em><b>Person Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.longarm.model.PersonType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person Type</em>' attribute.
	 * @see org.longarm.model.PersonType
	 * @see #setPersonType(PersonType)
	 * @see org.longarm.model.LongarmPackage#getPerson_PersonType()
	 * @model
	 * @generated
	 */
	PersonType getPersonType();

	/**
	 * Sets the value of the '{@link org.longarm.model.Person#getPersonType <em>Person Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person Type</em>' attribute.
	 * @see org.longarm.model.PersonType
	 * @see #getPersonType()
	 * @generated
	 */
	void setPersonType(PersonType value);

	/**
	 * Returns the value of the '<em><b>Nationalities</b></em>' reference list.
	 * The list contents are of type {@link org.longarm.model.Jurisdiction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nationalities</em>' reference list.
	 * @see org.longarm.model.LongarmPackage#getPerson_Nationalities()
	 * @model
	 * @generated
	 */
	EList<Jurisdiction> getNationalities();

} // Person
