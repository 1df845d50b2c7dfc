/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a fact comes from: a BODS statement (id = statementId), or a row of a CSV file (id = FILE#LINE).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Source#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.Source#getPublisherName <em>Publisher Name</em>}</li>
 *   <li>{@link org.longarm.model.Source#getPublisherUrl <em>Publisher Url</em>}</li>
 *   <li>{@link org.longarm.model.Source#getStatementDate <em>Statement Date</em>}</li>
 *   <li>{@link org.longarm.model.Source#getUrl <em>Url</em>}</li>
 *   <li>{@link org.longarm.model.Source#getDescription <em>Description</em>}</li>
 *   <li>{@link org.longarm.model.Source#getSourceTypes <em>Source Types</em>}</li>
 *   <li>{@link org.longarm.model.Source#getFile <em>File</em>}</li>
 *   <li>{@link org.longarm.model.Source#getImportId <em>Import Id</em>}</li>
 *   <li>{@link org.longarm.model.Source#getStatementTime <em>Statement Time</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getSource()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank'"
 * @generated
 */
public interface Source extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.longarm.model.LongarmPackage#getSource_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Publisher Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher Name</em>' attribute.
	 * @see #setPublisherName(String)
	 * @see org.longarm.model.LongarmPackage#getSource_PublisherName()
	 * @model
	 * @generated
	 */
	String getPublisherName();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getPublisherName <em>Publisher Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher Name</em>' attribute.
	 * @see #getPublisherName()
	 * @generated
	 */
	void setPublisherName(String value);

	/**
	 * Returns the value of the '<em><b>Publisher Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher Url</em>' attribute.
	 * @see #setPublisherUrl(String)
	 * @see org.longarm.model.LongarmPackage#getSource_PublisherUrl()
	 * @model
	 * @generated
	 */
	String getPublisherUrl();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getPublisherUrl <em>Publisher Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher Url</em>' attribute.
	 * @see #getPublisherUrl()
	 * @generated
	 */
	void setPublisherUrl(String value);

	/**
	 * Returns the value of the '<em><b>Statement Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement Date</em>' attribute.
	 * @see #setStatementDate(LocalDate)
	 * @see org.longarm.model.LongarmPackage#getSource_StatementDate()
	 * @model dataType="org.longarm.model.LocalDate"
	 * @generated
	 */
	LocalDate getStatementDate();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getStatementDate <em>Statement Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement Date</em>' attribute.
	 * @see #getStatementDate()
	 * @generated
	 */
	void setStatementDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.longarm.model.LongarmPackage#getSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.longarm.model.LongarmPackage#getSource_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Types</em>' attribute list.
	 * @see org.longarm.model.LongarmPackage#getSource_SourceTypes()
	 * @model
	 * @generated
	 */
	EList<String> getSourceTypes();

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the file the fact came from. Longarm's importers leave it unset: the ImportRecord named by importId holds the name once for all of a file's sources, and GraphView.sourcesOf reports it from there.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.longarm.model.LongarmPackage#getSource_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Import Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the ImportRecord of the file the fact came from, which holds the file's name and SHA-256 once for all its sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Import Id</em>' attribute.
	 * @see #setImportId(String)
	 * @see org.longarm.model.LongarmPackage#getSource_ImportId()
	 * @model
	 * @generated
	 */
	String getImportId();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getImportId <em>Import Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Import Id</em>' attribute.
	 * @see #getImportId()
	 * @generated
	 */
	void setImportId(String value);

	/**
	 * Returns the value of the '<em><b>Statement Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instant of a statement date given as a date-time (its offset applied), or null when only a date was given. Of two statements of one record, the later instant is the newer statement; statementDate keeps the date as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement Time</em>' attribute.
	 * @see #setStatementTime(Instant)
	 * @see org.longarm.model.LongarmPackage#getSource_StatementTime()
	 * @model dataType="org.longarm.model.Instant"
	 * @generated
	 */
	Instant getStatementTime();

	/**
	 * Sets the value of the '{@link org.longarm.model.Source#getStatementTime <em>Statement Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement Time</em>' attribute.
	 * @see #getStatementTime()
	 * @generated
	 */
	void setStatementTime(Instant value);

} // Source
