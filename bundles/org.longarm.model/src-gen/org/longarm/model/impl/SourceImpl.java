/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.longarm.model.LongarmPackage;
import org.longarm.model.Source;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getPublisherName <em>Publisher Name</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getPublisherUrl <em>Publisher Url</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getStatementDate <em>Statement Date</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getSourceTypes <em>Source Types</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getImportId <em>Import Id</em>}</li>
 *   <li>{@link org.longarm.model.impl.SourceImpl#getStatementTime <em>Statement Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceImpl extends MinimalEObjectImpl.Container implements Source {
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
	 * The default value of the '{@link #getPublisherName() <em>Publisher Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherName()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisherName() <em>Publisher Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherName()
	 * @generated
	 * @ordered
	 */
	protected String publisherName = PUBLISHER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisherUrl() <em>Publisher Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisherUrl() <em>Publisher Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherUrl()
	 * @generated
	 * @ordered
	 */
	protected String publisherUrl = PUBLISHER_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatementDate() <em>Statement Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatementDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STATEMENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatementDate() <em>Statement Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatementDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate statementDate = STATEMENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceTypes() <em>Source Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sourceTypes;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportId() <em>Import Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportId()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportId() <em>Import Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportId()
	 * @generated
	 * @ordered
	 */
	protected String importId = IMPORT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatementTime() <em>Statement Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatementTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STATEMENT_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatementTime() <em>Statement Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatementTime()
	 * @generated
	 * @ordered
	 */
	protected Instant statementTime = STATEMENT_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisherName() {
		return publisherName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisherName(String newPublisherName) {
		String oldPublisherName = publisherName;
		publisherName = newPublisherName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__PUBLISHER_NAME, oldPublisherName, publisherName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisherUrl() {
		return publisherUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisherUrl(String newPublisherUrl) {
		String oldPublisherUrl = publisherUrl;
		publisherUrl = newPublisherUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__PUBLISHER_URL, oldPublisherUrl, publisherUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStatementDate() {
		return statementDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatementDate(LocalDate newStatementDate) {
		LocalDate oldStatementDate = statementDate;
		statementDate = newStatementDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__STATEMENT_DATE, oldStatementDate, statementDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSourceTypes() {
		if (sourceTypes == null) {
			sourceTypes = new EDataTypeUniqueEList<String>(String.class, this, LongarmPackage.SOURCE__SOURCE_TYPES);
		}
		return sourceTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImportId() {
		return importId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportId(String newImportId) {
		String oldImportId = importId;
		importId = newImportId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__IMPORT_ID, oldImportId, importId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStatementTime() {
		return statementTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatementTime(Instant newStatementTime) {
		Instant oldStatementTime = statementTime;
		statementTime = newStatementTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.SOURCE__STATEMENT_TIME, oldStatementTime, statementTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.SOURCE__ID:
				return getId();
			case LongarmPackage.SOURCE__PUBLISHER_NAME:
				return getPublisherName();
			case LongarmPackage.SOURCE__PUBLISHER_URL:
				return getPublisherUrl();
			case LongarmPackage.SOURCE__STATEMENT_DATE:
				return getStatementDate();
			case LongarmPackage.SOURCE__URL:
				return getUrl();
			case LongarmPackage.SOURCE__DESCRIPTION:
				return getDescription();
			case LongarmPackage.SOURCE__SOURCE_TYPES:
				return getSourceTypes();
			case LongarmPackage.SOURCE__FILE:
				return getFile();
			case LongarmPackage.SOURCE__IMPORT_ID:
				return getImportId();
			case LongarmPackage.SOURCE__STATEMENT_TIME:
				return getStatementTime();
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
			case LongarmPackage.SOURCE__ID:
				setId((String)newValue);
				return;
			case LongarmPackage.SOURCE__PUBLISHER_NAME:
				setPublisherName((String)newValue);
				return;
			case LongarmPackage.SOURCE__PUBLISHER_URL:
				setPublisherUrl((String)newValue);
				return;
			case LongarmPackage.SOURCE__STATEMENT_DATE:
				setStatementDate((LocalDate)newValue);
				return;
			case LongarmPackage.SOURCE__URL:
				setUrl((String)newValue);
				return;
			case LongarmPackage.SOURCE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LongarmPackage.SOURCE__SOURCE_TYPES:
				getSourceTypes().clear();
				getSourceTypes().addAll((Collection<? extends String>)newValue);
				return;
			case LongarmPackage.SOURCE__FILE:
				setFile((String)newValue);
				return;
			case LongarmPackage.SOURCE__IMPORT_ID:
				setImportId((String)newValue);
				return;
			case LongarmPackage.SOURCE__STATEMENT_TIME:
				setStatementTime((Instant)newValue);
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
			case LongarmPackage.SOURCE__ID:
				setId(ID_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__PUBLISHER_NAME:
				setPublisherName(PUBLISHER_NAME_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__PUBLISHER_URL:
				setPublisherUrl(PUBLISHER_URL_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__STATEMENT_DATE:
				setStatementDate(STATEMENT_DATE_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__SOURCE_TYPES:
				getSourceTypes().clear();
				return;
			case LongarmPackage.SOURCE__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__IMPORT_ID:
				setImportId(IMPORT_ID_EDEFAULT);
				return;
			case LongarmPackage.SOURCE__STATEMENT_TIME:
				setStatementTime(STATEMENT_TIME_EDEFAULT);
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
			case LongarmPackage.SOURCE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LongarmPackage.SOURCE__PUBLISHER_NAME:
				return PUBLISHER_NAME_EDEFAULT == null ? publisherName != null : !PUBLISHER_NAME_EDEFAULT.equals(publisherName);
			case LongarmPackage.SOURCE__PUBLISHER_URL:
				return PUBLISHER_URL_EDEFAULT == null ? publisherUrl != null : !PUBLISHER_URL_EDEFAULT.equals(publisherUrl);
			case LongarmPackage.SOURCE__STATEMENT_DATE:
				return STATEMENT_DATE_EDEFAULT == null ? statementDate != null : !STATEMENT_DATE_EDEFAULT.equals(statementDate);
			case LongarmPackage.SOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case LongarmPackage.SOURCE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LongarmPackage.SOURCE__SOURCE_TYPES:
				return sourceTypes != null && !sourceTypes.isEmpty();
			case LongarmPackage.SOURCE__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case LongarmPackage.SOURCE__IMPORT_ID:
				return IMPORT_ID_EDEFAULT == null ? importId != null : !IMPORT_ID_EDEFAULT.equals(importId);
			case LongarmPackage.SOURCE__STATEMENT_TIME:
				return STATEMENT_TIME_EDEFAULT == null ? statementTime != null : !STATEMENT_TIME_EDEFAULT.equals(statementTime);
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
		result.append(", publisherName: ");
		result.append(publisherName);
		result.append(", publisherUrl: ");
		result.append(publisherUrl);
		result.append(", statementDate: ");
		result.append(statementDate);
		result.append(", url: ");
		result.append(url);
		result.append(", description: ");
		result.append(description);
		result.append(", sourceTypes: ");
		result.append(sourceTypes);
		result.append(", file: ");
		result.append(file);
		result.append(", importId: ");
		result.append(importId);
		result.append(", statementTime: ");
		result.append(statementTime);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
