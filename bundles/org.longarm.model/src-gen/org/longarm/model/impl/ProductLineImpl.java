/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.longarm.model.Brand;
import org.longarm.model.Entity;
import org.longarm.model.LongarmPackage;
import org.longarm.model.ProductLine;
import org.longarm.model.SupplyRelation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Product Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getBrandOwner <em>Brand Owner</em>}</li>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getRelation <em>Relation</em>}</li>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.longarm.model.impl.ProductLineImpl#getValidTo <em>Valid To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProductLineImpl extends SourcedImpl implements ProductLine {
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
	 * The cached value of the '{@link #getBrand() <em>Brand</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrand()
	 * @generated
	 * @ordered
	 */
	protected Brand brand;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBrandOwner() <em>Brand Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandOwner()
	 * @generated
	 * @ordered
	 */
	protected Entity brandOwner;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected Entity manufacturer;

	/**
	 * The default value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected static final SupplyRelation RELATION_EDEFAULT = SupplyRelation.OWN;

	/**
	 * The cached value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected SupplyRelation relation = RELATION_EDEFAULT;

	/**
	 * This is true if the Relation attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean relationESet;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validTo = VALID_TO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProductLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.PRODUCT_LINE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Brand getBrand() {
		if (brand != null && brand.eIsProxy()) {
			InternalEObject oldBrand = (InternalEObject)brand;
			brand = (Brand)eResolveProxy(oldBrand);
			if (brand != oldBrand) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongarmPackage.PRODUCT_LINE__BRAND, oldBrand, brand));
			}
		}
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Brand basicGetBrand() {
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrand(Brand newBrand) {
		Brand oldBrand = brand;
		brand = newBrand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__BRAND, oldBrand, brand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getBrandOwner() {
		if (brandOwner != null && brandOwner.eIsProxy()) {
			InternalEObject oldBrandOwner = (InternalEObject)brandOwner;
			brandOwner = (Entity)eResolveProxy(oldBrandOwner);
			if (brandOwner != oldBrandOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongarmPackage.PRODUCT_LINE__BRAND_OWNER, oldBrandOwner, brandOwner));
			}
		}
		return brandOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetBrandOwner() {
		return brandOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrandOwner(Entity newBrandOwner) {
		Entity oldBrandOwner = brandOwner;
		brandOwner = newBrandOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__BRAND_OWNER, oldBrandOwner, brandOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getManufacturer() {
		if (manufacturer != null && manufacturer.eIsProxy()) {
			InternalEObject oldManufacturer = (InternalEObject)manufacturer;
			manufacturer = (Entity)eResolveProxy(oldManufacturer);
			if (manufacturer != oldManufacturer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongarmPackage.PRODUCT_LINE__MANUFACTURER, oldManufacturer, manufacturer));
			}
		}
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetManufacturer() {
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(Entity newManufacturer) {
		Entity oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupplyRelation getRelation() {
		return relation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelation(SupplyRelation newRelation) {
		SupplyRelation oldRelation = relation;
		relation = newRelation == null ? RELATION_EDEFAULT : newRelation;
		boolean oldRelationESet = relationESet;
		relationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__RELATION, oldRelation, relation, !oldRelationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRelation() {
		SupplyRelation oldRelation = relation;
		boolean oldRelationESet = relationESet;
		relation = RELATION_EDEFAULT;
		relationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, LongarmPackage.PRODUCT_LINE__RELATION, oldRelation, RELATION_EDEFAULT, oldRelationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRelation() {
		return relationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(LocalDate newValidTo) {
		LocalDate oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.PRODUCT_LINE__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.PRODUCT_LINE__ID:
				return getId();
			case LongarmPackage.PRODUCT_LINE__BRAND:
				if (resolve) return getBrand();
				return basicGetBrand();
			case LongarmPackage.PRODUCT_LINE__MODEL:
				return getModel();
			case LongarmPackage.PRODUCT_LINE__BRAND_OWNER:
				if (resolve) return getBrandOwner();
				return basicGetBrandOwner();
			case LongarmPackage.PRODUCT_LINE__MANUFACTURER:
				if (resolve) return getManufacturer();
				return basicGetManufacturer();
			case LongarmPackage.PRODUCT_LINE__RELATION:
				return getRelation();
			case LongarmPackage.PRODUCT_LINE__VALID_FROM:
				return getValidFrom();
			case LongarmPackage.PRODUCT_LINE__VALID_TO:
				return getValidTo();
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
			case LongarmPackage.PRODUCT_LINE__ID:
				setId((String)newValue);
				return;
			case LongarmPackage.PRODUCT_LINE__BRAND:
				setBrand((Brand)newValue);
				return;
			case LongarmPackage.PRODUCT_LINE__MODEL:
				setModel((String)newValue);
				return;
			case LongarmPackage.PRODUCT_LINE__BRAND_OWNER:
				setBrandOwner((Entity)newValue);
				return;
			case LongarmPackage.PRODUCT_LINE__MANUFACTURER:
				setManufacturer((Entity)newValue);
				return;
			case LongarmPackage.PRODUCT_LINE__RELATION:
				setRelation((SupplyRelation)newValue);
				return;
			case LongarmPackage.PRODUCT_LINE__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case LongarmPackage.PRODUCT_LINE__VALID_TO:
				setValidTo((LocalDate)newValue);
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
			case LongarmPackage.PRODUCT_LINE__ID:
				setId(ID_EDEFAULT);
				return;
			case LongarmPackage.PRODUCT_LINE__BRAND:
				setBrand((Brand)null);
				return;
			case LongarmPackage.PRODUCT_LINE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case LongarmPackage.PRODUCT_LINE__BRAND_OWNER:
				setBrandOwner((Entity)null);
				return;
			case LongarmPackage.PRODUCT_LINE__MANUFACTURER:
				setManufacturer((Entity)null);
				return;
			case LongarmPackage.PRODUCT_LINE__RELATION:
				unsetRelation();
				return;
			case LongarmPackage.PRODUCT_LINE__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case LongarmPackage.PRODUCT_LINE__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
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
			case LongarmPackage.PRODUCT_LINE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LongarmPackage.PRODUCT_LINE__BRAND:
				return brand != null;
			case LongarmPackage.PRODUCT_LINE__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case LongarmPackage.PRODUCT_LINE__BRAND_OWNER:
				return brandOwner != null;
			case LongarmPackage.PRODUCT_LINE__MANUFACTURER:
				return manufacturer != null;
			case LongarmPackage.PRODUCT_LINE__RELATION:
				return isSetRelation();
			case LongarmPackage.PRODUCT_LINE__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case LongarmPackage.PRODUCT_LINE__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
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
		result.append(", model: ");
		result.append(model);
		result.append(", relation: ");
		if (relationESet) result.append(relation); else result.append("<unset>");
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validTo: ");
		result.append(validTo);
		result.append(')');
		return result.toString();
	}

} //ProductLineImpl
