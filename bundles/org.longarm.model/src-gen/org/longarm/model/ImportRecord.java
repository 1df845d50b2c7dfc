/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One imported file: written in the same (staged) write as the facts it brought, so that the graph and its import history never disagree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.ImportRecord#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getFormat <em>Format</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getRecords <em>Records</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getWritten <em>Written</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getSuperseded <em>Superseded</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.longarm.model.ImportRecord#getUnlistedWarnings <em>Unlisted Warnings</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getImportRecord()
 * @model annotation="http://www.longarm.org/neo4j index='sha256'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank'"
 * @generated
 */
public interface ImportRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The import id: the first 16 hex digits of the file's SHA-256, short enough to be stored inline on each of the file's sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Instant)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_ImportedAt()
	 * @model dataType="org.longarm.model.Instant"
	 * @generated
	 */
	Instant getImportedAt();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Records</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statements or rows read from the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records</em>' attribute.
	 * @see #setRecords(long)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Records()
	 * @model
	 * @generated
	 */
	long getRecords();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getRecords <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records</em>' attribute.
	 * @see #getRecords()
	 * @generated
	 */
	void setRecords(long value);

	/**
	 * Returns the value of the '<em><b>Written</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Facts and sources written to the graph, counted whether or not they differed from what it held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Written</em>' attribute.
	 * @see #setWritten(long)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Written()
	 * @model
	 * @generated
	 */
	long getWritten();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getWritten <em>Written</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Written</em>' attribute.
	 * @see #getWritten()
	 * @generated
	 */
	void setWritten(long value);

	/**
	 * Returns the value of the '<em><b>Superseded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statements skipped because the graph already held a newer statement for the same record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Superseded</em>' attribute.
	 * @see #setSuperseded(long)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Superseded()
	 * @model
	 * @generated
	 */
	long getSuperseded();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getSuperseded <em>Superseded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Superseded</em>' attribute.
	 * @see #getSuperseded()
	 * @generated
	 */
	void setSuperseded(long value);

	/**
	 * Returns the value of the '<em><b>Counts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records read per kind, as KIND=COUNT (e.g. entity=120).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counts</em>' attribute list.
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Counts()
	 * @model
	 * @generated
	 */
	EList<String> getCounts();

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the import asked to check at the file's rows though it wrote them (such as a product line that a stored line outranks), as LINE: MESSAGE in the order of the rows: those among the first thousand of its import.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute list.
	 * @see org.longarm.model.LongarmPackage#getImportRecord_Warnings()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWarnings();

	/**
	 * Returns the value of the '<em><b>Unlisted Warnings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Warnings at the file's rows that warnings leaves out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unlisted Warnings</em>' attribute.
	 * @see #setUnlistedWarnings(long)
	 * @see org.longarm.model.LongarmPackage#getImportRecord_UnlistedWarnings()
	 * @model
	 * @generated
	 */
	long getUnlistedWarnings();

	/**
	 * Sets the value of the '{@link org.longarm.model.ImportRecord#getUnlistedWarnings <em>Unlisted Warnings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unlisted Warnings</em>' attribute.
	 * @see #getUnlistedWarnings()
	 * @generated
	 */
	void setUnlistedWarnings(long value);

} // ImportRecord
