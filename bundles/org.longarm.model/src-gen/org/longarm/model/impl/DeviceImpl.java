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
import org.longarm.model.Device;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.DeviceImpl#getAssetId <em>Asset Id</em>}</li>
 *   <li>{@link org.longarm.model.impl.DeviceImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.longarm.model.impl.DeviceImpl#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.longarm.model.impl.DeviceImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.longarm.model.impl.DeviceImpl#getInstalled <em>Installed</em>}</li>
 *   <li>{@link org.longarm.model.impl.DeviceImpl#isConnectedToCoreNetwork <em>Connected To Core Network</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends SourcedImpl implements Device {
	/**
	 * The default value of the '{@link #getAssetId() <em>Asset Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetId()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSET_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssetId() <em>Asset Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetId()
	 * @generated
	 * @ordered
	 */
	protected String assetId = ASSET_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

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
	 * The default value of the '{@link #getInstalled() <em>Installed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalled()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INSTALLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstalled() <em>Installed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalled()
	 * @generated
	 * @ordered
	 */
	protected LocalDate installed = INSTALLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isConnectedToCoreNetwork() <em>Connected To Core Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConnectedToCoreNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONNECTED_TO_CORE_NETWORK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConnectedToCoreNetwork() <em>Connected To Core Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConnectedToCoreNetwork()
	 * @generated
	 * @ordered
	 */
	protected boolean connectedToCoreNetwork = CONNECTED_TO_CORE_NETWORK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssetId() {
		return assetId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssetId(String newAssetId) {
		String oldAssetId = assetId;
		assetId = newAssetId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.DEVICE__ASSET_ID, oldAssetId, assetId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongarmPackage.DEVICE__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.DEVICE__SITE, oldSite, site));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongarmPackage.DEVICE__BRAND, oldBrand, brand));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.DEVICE__BRAND, oldBrand, brand));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.DEVICE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInstalled() {
		return installed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstalled(LocalDate newInstalled) {
		LocalDate oldInstalled = installed;
		installed = newInstalled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.DEVICE__INSTALLED, oldInstalled, installed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConnectedToCoreNetwork() {
		return connectedToCoreNetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectedToCoreNetwork(boolean newConnectedToCoreNetwork) {
		boolean oldConnectedToCoreNetwork = connectedToCoreNetwork;
		connectedToCoreNetwork = newConnectedToCoreNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.DEVICE__CONNECTED_TO_CORE_NETWORK, oldConnectedToCoreNetwork, connectedToCoreNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.DEVICE__ASSET_ID:
				return getAssetId();
			case LongarmPackage.DEVICE__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case LongarmPackage.DEVICE__BRAND:
				if (resolve) return getBrand();
				return basicGetBrand();
			case LongarmPackage.DEVICE__MODEL:
				return getModel();
			case LongarmPackage.DEVICE__INSTALLED:
				return getInstalled();
			case LongarmPackage.DEVICE__CONNECTED_TO_CORE_NETWORK:
				return isConnectedToCoreNetwork();
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
			case LongarmPackage.DEVICE__ASSET_ID:
				setAssetId((String)newValue);
				return;
			case LongarmPackage.DEVICE__SITE:
				setSite((Site)newValue);
				return;
			case LongarmPackage.DEVICE__BRAND:
				setBrand((Brand)newValue);
				return;
			case LongarmPackage.DEVICE__MODEL:
				setModel((String)newValue);
				return;
			case LongarmPackage.DEVICE__INSTALLED:
				setInstalled((LocalDate)newValue);
				return;
			case LongarmPackage.DEVICE__CONNECTED_TO_CORE_NETWORK:
				setConnectedToCoreNetwork((Boolean)newValue);
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
			case LongarmPackage.DEVICE__ASSET_ID:
				setAssetId(ASSET_ID_EDEFAULT);
				return;
			case LongarmPackage.DEVICE__SITE:
				setSite((Site)null);
				return;
			case LongarmPackage.DEVICE__BRAND:
				setBrand((Brand)null);
				return;
			case LongarmPackage.DEVICE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case LongarmPackage.DEVICE__INSTALLED:
				setInstalled(INSTALLED_EDEFAULT);
				return;
			case LongarmPackage.DEVICE__CONNECTED_TO_CORE_NETWORK:
				setConnectedToCoreNetwork(CONNECTED_TO_CORE_NETWORK_EDEFAULT);
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
			case LongarmPackage.DEVICE__ASSET_ID:
				return ASSET_ID_EDEFAULT == null ? assetId != null : !ASSET_ID_EDEFAULT.equals(assetId);
			case LongarmPackage.DEVICE__SITE:
				return site != null;
			case LongarmPackage.DEVICE__BRAND:
				return brand != null;
			case LongarmPackage.DEVICE__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case LongarmPackage.DEVICE__INSTALLED:
				return INSTALLED_EDEFAULT == null ? installed != null : !INSTALLED_EDEFAULT.equals(installed);
			case LongarmPackage.DEVICE__CONNECTED_TO_CORE_NETWORK:
				return connectedToCoreNetwork != CONNECTED_TO_CORE_NETWORK_EDEFAULT;
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
		result.append(" (assetId: ");
		result.append(assetId);
		result.append(", model: ");
		result.append(model);
		result.append(", installed: ");
		result.append(installed);
		result.append(", connectedToCoreNetwork: ");
		result.append(connectedToCoreNetwork);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
