/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One device of an estate inventory, keyed by its asset id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Device#getAssetId <em>Asset Id</em>}</li>
 *   <li>{@link org.longarm.model.Device#getSite <em>Site</em>}</li>
 *   <li>{@link org.longarm.model.Device#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.longarm.model.Device#getModel <em>Model</em>}</li>
 *   <li>{@link org.longarm.model.Device#getInstalled <em>Installed</em>}</li>
 *   <li>{@link org.longarm.model.Device#isConnectedToCoreNetwork <em>Connected To Core Network</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getDevice()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank'"
 * @generated
 */
public interface Device extends Sourced {
	/**
	 * Returns the value of the '<em><b>Asset Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset Id</em>' attribute.
	 * @see #setAssetId(String)
	 * @see org.longarm.model.LongarmPackage#getDevice_AssetId()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getAssetId();

	/**
	 * Sets the value of the '{@link org.longarm.model.Device#getAssetId <em>Asset Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset Id</em>' attribute.
	 * @see #getAssetId()
	 * @generated
	 */
	void setAssetId(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.longarm.model.LongarmPackage#getDevice_Site()
	 * @model required="true"
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.longarm.model.Device#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand</em>' reference.
	 * @see #setBrand(Brand)
	 * @see org.longarm.model.LongarmPackage#getDevice_Brand()
	 * @model required="true"
	 * @generated
	 */
	Brand getBrand();

	/**
	 * Sets the value of the '{@link org.longarm.model.Device#getBrand <em>Brand</em>}' reference.
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
	 * @see org.longarm.model.LongarmPackage#getDevice_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.longarm.model.Device#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Installed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the device was installed; unset for a planned device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Installed</em>' attribute.
	 * @see #setInstalled(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getDevice_Installed()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getInstalled();

	/**
	 * Sets the value of the '{@link org.longarm.model.Device#getInstalled <em>Installed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Installed</em>' attribute.
	 * @see #getInstalled()
	 * @generated
	 */
	void setInstalled(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Connected To Core Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connected To Core Network</em>' attribute.
	 * @see #setConnectedToCoreNetwork(boolean)
	 * @see org.longarm.model.LongarmPackage#getDevice_ConnectedToCoreNetwork()
	 * @model
	 * @generated
	 */
	boolean isConnectedToCoreNetwork();

	/**
	 * Sets the value of the '{@link org.longarm.model.Device#isConnectedToCoreNetwork <em>Connected To Core Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connected To Core Network</em>' attribute.
	 * @see #isConnectedToCoreNetwork()
	 * @generated
	 */
	void setConnectedToCoreNetwork(boolean value);

} // Device
