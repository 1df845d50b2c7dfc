/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.longarm.model.ImportRecord;
import org.longarm.model.LongarmPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getRecords <em>Records</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getWritten <em>Written</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getSuperseded <em>Superseded</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.longarm.model.impl.ImportRecordImpl#getUnlistedWarnings <em>Unlisted Warnings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportRecordImpl extends MinimalEObjectImpl.Container implements ImportRecord {
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
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecords() <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected static final long RECORDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected long records = RECORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWritten() <em>Written</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritten()
	 * @generated
	 * @ordered
	 */
	protected static final long WRITTEN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getWritten() <em>Written</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritten()
	 * @generated
	 * @ordered
	 */
	protected long written = WRITTEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuperseded() <em>Superseded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuperseded()
	 * @generated
	 * @ordered
	 */
	protected static final long SUPERSEDED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSuperseded() <em>Superseded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuperseded()
	 * @generated
	 * @ordered
	 */
	protected long superseded = SUPERSEDED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCounts() <em>Counts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> counts;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warnings;

	/**
	 * The default value of the '{@link #getUnlistedWarnings() <em>Unlisted Warnings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnlistedWarnings()
	 * @generated
	 * @ordered
	 */
	protected static final long UNLISTED_WARNINGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUnlistedWarnings() <em>Unlisted Warnings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnlistedWarnings()
	 * @generated
	 * @ordered
	 */
	protected long unlistedWarnings = UNLISTED_WARNINGS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongarmPackage.Literals.IMPORT_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Instant newImportedAt) {
		Instant oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRecords() {
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecords(long newRecords) {
		long oldRecords = records;
		records = newRecords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__RECORDS, oldRecords, records));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getWritten() {
		return written;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritten(long newWritten) {
		long oldWritten = written;
		written = newWritten;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__WRITTEN, oldWritten, written));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSuperseded() {
		return superseded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuperseded(long newSuperseded) {
		long oldSuperseded = superseded;
		superseded = newSuperseded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__SUPERSEDED, oldSuperseded, superseded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCounts() {
		if (counts == null) {
			counts = new EDataTypeUniqueEList<String>(String.class, this, LongarmPackage.IMPORT_RECORD__COUNTS);
		}
		return counts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarnings() {
		if (warnings == null) {
			warnings = new EDataTypeEList<String>(String.class, this, LongarmPackage.IMPORT_RECORD__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUnlistedWarnings() {
		return unlistedWarnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnlistedWarnings(long newUnlistedWarnings) {
		long oldUnlistedWarnings = unlistedWarnings;
		unlistedWarnings = newUnlistedWarnings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongarmPackage.IMPORT_RECORD__UNLISTED_WARNINGS, oldUnlistedWarnings, unlistedWarnings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongarmPackage.IMPORT_RECORD__ID:
				return getId();
			case LongarmPackage.IMPORT_RECORD__FILE_NAME:
				return getFileName();
			case LongarmPackage.IMPORT_RECORD__SHA256:
				return getSha256();
			case LongarmPackage.IMPORT_RECORD__FORMAT:
				return getFormat();
			case LongarmPackage.IMPORT_RECORD__IMPORTED_AT:
				return getImportedAt();
			case LongarmPackage.IMPORT_RECORD__RECORDS:
				return getRecords();
			case LongarmPackage.IMPORT_RECORD__WRITTEN:
				return getWritten();
			case LongarmPackage.IMPORT_RECORD__SUPERSEDED:
				return getSuperseded();
			case LongarmPackage.IMPORT_RECORD__COUNTS:
				return getCounts();
			case LongarmPackage.IMPORT_RECORD__WARNINGS:
				return getWarnings();
			case LongarmPackage.IMPORT_RECORD__UNLISTED_WARNINGS:
				return getUnlistedWarnings();
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
			case LongarmPackage.IMPORT_RECORD__ID:
				setId((String)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__FILE_NAME:
				setFileName((String)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__SHA256:
				setSha256((String)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__FORMAT:
				setFormat((String)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__IMPORTED_AT:
				setImportedAt((Instant)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__RECORDS:
				setRecords((Long)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__WRITTEN:
				setWritten((Long)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__SUPERSEDED:
				setSuperseded((Long)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__COUNTS:
				getCounts().clear();
				getCounts().addAll((Collection<? extends String>)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends String>)newValue);
				return;
			case LongarmPackage.IMPORT_RECORD__UNLISTED_WARNINGS:
				setUnlistedWarnings((Long)newValue);
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
			case LongarmPackage.IMPORT_RECORD__ID:
				setId(ID_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__RECORDS:
				setRecords(RECORDS_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__WRITTEN:
				setWritten(WRITTEN_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__SUPERSEDED:
				setSuperseded(SUPERSEDED_EDEFAULT);
				return;
			case LongarmPackage.IMPORT_RECORD__COUNTS:
				getCounts().clear();
				return;
			case LongarmPackage.IMPORT_RECORD__WARNINGS:
				getWarnings().clear();
				return;
			case LongarmPackage.IMPORT_RECORD__UNLISTED_WARNINGS:
				setUnlistedWarnings(UNLISTED_WARNINGS_EDEFAULT);
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
			case LongarmPackage.IMPORT_RECORD__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LongarmPackage.IMPORT_RECORD__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case LongarmPackage.IMPORT_RECORD__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case LongarmPackage.IMPORT_RECORD__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case LongarmPackage.IMPORT_RECORD__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case LongarmPackage.IMPORT_RECORD__RECORDS:
				return records != RECORDS_EDEFAULT;
			case LongarmPackage.IMPORT_RECORD__WRITTEN:
				return written != WRITTEN_EDEFAULT;
			case LongarmPackage.IMPORT_RECORD__SUPERSEDED:
				return superseded != SUPERSEDED_EDEFAULT;
			case LongarmPackage.IMPORT_RECORD__COUNTS:
				return counts != null && !counts.isEmpty();
			case LongarmPackage.IMPORT_RECORD__WARNINGS:
				return warnings != null && !warnings.isEmpty();
			case LongarmPackage.IMPORT_RECORD__UNLISTED_WARNINGS:
				return unlistedWarnings != UNLISTED_WARNINGS_EDEFAULT;
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
		result.append(", fileName: ");
		result.append(fileName);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", format: ");
		result.append(format);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(", records: ");
		result.append(records);
		result.append(", written: ");
		result.append(written);
		result.append(", superseded: ");
		result.append(superseded);
		result.append(", counts: ");
		result.append(counts);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(", unlistedWarnings: ");
		result.append(unlistedWarnings);
		result.append(')');
		return result.toString();
	}

} //ImportRecordImpl
