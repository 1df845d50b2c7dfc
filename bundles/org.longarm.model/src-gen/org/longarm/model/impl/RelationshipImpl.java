/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.longarm.model.Entity;
import org.longarm.model.Interest;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Relationship;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.RelationshipImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.impl.RelationshipImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.longarm.model.impl.RelationshipImpl#getInterestedParty <em>Interested Party</em>}</li>
 *   <li>{@link org.longarm.model.impl.RelationshipImpl#getInterests <em>Interests</em>}</li>
 *   <li>{@link org.longarm.model.impl.RelationshipImpl#getComponentRecords <em>Component Records</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationshipImpl extends SourcedImpl implements Relationship {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected Entity subject;

	/**
	 * The cached value of the '{@link #getInterestedParty() <em>Interested Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterestedParty()
	 * @generated
	 * @ordered
	 */
	protected Entity interestedParty;

	/**
	 * The cached value of the '{@link #getInterests() <em>Interests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterests()
	 * @generated
	 * @ordered
	 */
	protected EList<Interest> interests;

	/**
	 * The cached value of the '{@link #getComponentRecords() <em>Component Records</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponentRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> componentRecords;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationshipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.RELATIONSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.RELATIONSHIP__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getSubject() {
		if (subject != null && subject.eIsProxy()) {
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (Entity)eResolveProxy(oldSubject);
			if (subject != oldSubject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongarmPackage.RELATIONSHIP__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Entity newSubject) {
		Entity oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.RELATIONSHIP__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getInterestedParty() {
		if (interestedParty != null && interestedParty.eIsProxy()) {
			InternalEObject oldInterestedParty = (InternalEObject)interestedParty;
			interestedParty = (Entity)eResolveProxy(oldInterestedParty);
			if (interestedParty != oldInterestedParty) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongarmPackage.RELATIONSHIP__INTERESTED_PARTY, oldInterestedParty, interestedParty));
			}
		}
		return interestedParty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetInterestedParty() {
		return interestedParty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterestedParty(Entity newInterestedParty) {
		Entity oldInterestedParty = interestedParty;
		interestedParty = newInterestedParty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.RELATIONSHIP__INTERESTED_PARTY, oldInterestedParty, interestedParty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interest> getInterests() {
		if (interests == null) {
			interests = new EObjectContainmentEList<Interest>(Interest.class, this, LongarmPackage.RELATIONSHIP__INTERESTS);
		}
		return interests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getComponentRecords() {
		if (componentRecords == null) {
			componentRecords = new EDataTypeUniqueEList<String>(String.class, this, LongarmPackage.RELATIONSHIP__COMPONENT_RECORDS);
		}
		return componentRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongarmPackage.RELATIONSHIP__INTERESTS:
				return ((InternalEList<?>)getInterests()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.RELATIONSHIP__ID:
				return getId();
			case LongarmPackage.RELATIONSHIP__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case LongarmPackage.RELATIONSHIP__INTERESTED_PARTY:
				if (resolve) return getInterestedParty();
				return basicGetInterestedParty();
			case LongarmPackage.RELATIONSHIP__INTERESTS:
				return getInterests();
			case LongarmPackage.RELATIONSHIP__COMPONENT_RECORDS:
				return getComponentRecords();
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
			case LongarmPackage.RELATIONSHIP__ID:
				setId((String)newValue);
				return;
			case LongarmPackage.RELATIONSHIP__SUBJECT:
				setSubject((Entity)newValue);
				return;
			case LongarmPackage.RELATIONSHIP__INTERESTED_PARTY:
				setInterestedParty((Entity)newValue);
				return;
			case LongarmPackage.RELATIONSHIP__INTERESTS:
				getInterests().clear();
				getInterests().addAll((Collection<? extends Interest>)newValue);
				return;
			case LongarmPackage.RELATIONSHIP__COMPONENT_RECORDS:
				getComponentRecords().clear();
				getComponentRecords().addAll((Collection<? extends String>)newValue);
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
			case LongarmPackage.RELATIONSHIP__ID:
				setId(ID_EDEFAULT);
				return;
			case LongarmPackage.RELATIONSHIP__SUBJECT:
				setSubject((Entity)null);
				return;
			case LongarmPackage.RELATIONSHIP__INTERESTED_PARTY:
				setInterestedParty((Entity)null);
				return;
			case LongarmPackage.RELATIONSHIP__INTERESTS:
				getInterests().clear();
				return;
			case LongarmPackage.RELATIONSHIP__COMPONENT_RECORDS:
				getComponentRecords().clear();
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
			case LongarmPackage.RELATIONSHIP__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LongarmPackage.RELATIONSHIP__SUBJECT:
				return subject != null;
			case LongarmPackage.RELATIONSHIP__INTERESTED_PARTY:
				return interestedParty != null;
			case LongarmPackage.RELATIONSHIP__INTERESTS:
				return interests != null && !interests.isEmpty();
			case LongarmPackage.RELATIONSHIP__COMPONENT_RECORDS:
				return componentRecords != null && !componentRecords.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", componentRecords: ");
		result.append(componentRecords);
		result.append(')');
		return result.toString();
	}

} //RelationshipImpl
