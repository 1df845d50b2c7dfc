/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A BODS relationship: the interests an interested party holds in a subject. Keyed by its BODS recordId. Stored in Neo4j as one INTEREST_IN relationship per interest, from the interested party to the subject, so that ownership chains are Cypher paths.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.longarm.model.Relationship#getId <em>Id</em>}</li>
 *   <li>{@link org.longarm.model.Relationship#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.longarm.model.Relationship#getInterestedParty <em>Interested Party</em>}</li>
 *   <li>{@link org.longarm.model.Relationship#getInterests <em>Interests</em>}</li>
 *   <li>{@link org.longarm.model.Relationship#getComponentRecords <em>Component Records</em>}</li>
 * </ul>
 *
 * @see org.longarm.model.LongarmPackage#getRelationship()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='keyNotBlank noInterestInItself'"
 *        annotation="http://www.longarm.org/constraints keyNotBlank='the key attribute is set and not blank' noInterestInItself='the interested party is not the subject'"
 *        annotation="http://www.longarm.org/neo4j edge='INTEREST_IN' from='interestedParty' to='subject' each='interests'"
 * @generated
 */
public interface Relationship extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.longarm.model.LongarmPackage#getRelationship_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.longarm.model.Relationship#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Entity)
	 * @see org.longarm.model.LongarmPackage#getRelationship_Subject()
	 * @model required="true"
	 * @generated
	 */
	Entity getSubject();

	/**
	 * Sets the value of the '{@link org.longarm.model.Relationship#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Entity value);

	/**
	 * Returns the value of the '<em><b>Interested Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who holds the interests. An interested party that a BODS statement leaves unspecified is an unknown entity or person of its own, so that the gap stays visible to the analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interested Party</em>' reference.
	 * @see #setInterestedParty(Entity)
	 * @see org.longarm.model.LongarmPackage#getRelationship_InterestedParty()
	 * @model required="true"
	 * @generated
	 */
	Entity getInterestedParty();

	/**
	 * Sets the value of the '{@link org.longarm.model.Relationship#getInterestedParty <em>Interested Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interested Party</em>' reference.
	 * @see #getInterestedParty()
	 * @generated
	 */
	void setInterestedParty(Entity value);

	/**
	 * Returns the value of the '<em><b>Interests</b></em>' containment reference list.
	 * The list contents are of type {@link org.longarm.model.Interest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interests</em>' containment reference list.
	 * @see org.longarm.model.LongarmPackage#getRelationship_Interests()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interest> getInterests();

	/**
	 * Returns the value of the '<em><b>Component Records</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The recordIds of the component records that detail this relationship when it is indirect (BODS componentRecords): the intermediate entities and the relationships through which the interested party holds its interests. Empty for a direct relationship. The analysis uses it so that a primary indirect relationship and its components, imported together, count as one holding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Component Records</em>' attribute list.
	 * @see org.longarm.model.LongarmPackage#getRelationship_ComponentRecords()
	 * @model
	 * @generated
	 */
	EList<String> getComponentRecords();

} // Relationship
