/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.longarm.model.Jurisdiction;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Person;
import org.longarm.model.PersonType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.PersonImpl#getPersonType <em>Person Type</em>}</li>
 *   <li>{@link org.longarm.model.impl.PersonImpl#getNationalities <em>Nationalities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends EntityImpl implements Person {
	/**
	 * The default value of the '{@link #getPersonType() <em>Person Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonType()
	 * @generated
	 * @ordered
	 */
	protected static final PersonType PERSON_TYPE_EDEFAULT = PersonType.KNOWN_PERSON;

	/**
	 * The cached value of the '{@link #getPersonType() <em>Person Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonType()
	 * @generated
	 * @ordered
	 */
	protected PersonType personType = PERSON_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNationalities() <em>Nationalities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalities()
	 * @generated
	 * @ordered
	 */
	protected EList<Jurisdiction> nationalities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersonType getPersonType() {
		return personType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonType(PersonType newPersonType) {
		PersonType oldPersonType = personType;
		personType = newPersonType == null ? PERSON_TYPE_EDEFAULT : newPersonType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PERSON__PERSON_TYPE, oldPersonType, personType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Jurisdiction> getNationalities() {
		if (nationalities == null) {
			nationalities = new EObjectResolvingEList<Jurisdiction>(Jurisdiction.class, this, LongarmPackage.PERSON__NATIONALITIES);
		}
		return nationalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.PERSON__PERSON_TYPE:
				return getPersonType();
			case LongarmPackage.PERSON__NATIONALITIES:
				return getNationalities();
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
			case LongarmPackage.PERSON__PERSON_TYPE:
				setPersonType((PersonType)newValue);
				return;
			case LongarmPackage.PERSON__NATIONALITIES:
				getNationalities().clear();
				getNationalities().addAll((Collection<? extends Jurisdiction>)newValue);
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
			case LongarmPackage.PERSON__PERSON_TYPE:
				setPersonType(PERSON_TYPE_EDEFAULT);
				return;
			case LongarmPackage.PERSON__NATIONALITIES:
				getNationalities().clear();
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
			case LongarmPackage.PERSON__PERSON_TYPE:
				return personType != PERSON_TYPE_EDEFAULT;
			case LongarmPackage.PERSON__NATIONALITIES:
				return nationalities != null && !nationalities.isEmpty();
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
		result.append(" (personType: ");
		result.append(personType);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
