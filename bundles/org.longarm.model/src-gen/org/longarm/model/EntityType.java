/**
 * Copyright (c) 2026 the Longarm contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.longarm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Entity Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The BODS 0.4 entityType codelist.
 * <!-- end-model-doc -->
 * @see org.longarm.model.LongarmPackage#getEntityType()
 * @model
 * @generated
 */
public enum EntityType implements Enumerator {
	/**
	 * The '<em><b>Registered Entity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTERED_ENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	REGISTERED_ENTITY(0, "registeredEntity", "registeredEntity"),

	/**
	 * The '<em><b>Legal Entity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_ENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_ENTITY(1, "legalEntity", "legalEntity"),

	/**
	 * The '<em><b>Arrangement</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARRANGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ARRANGEMENT(2, "arrangement", "arrangement"),

	/**
	 * The '<em><b>Anonymous Entity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMOUS_ENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	ANONYMOUS_ENTITY(3, "anonymousEntity", "anonymousEntity"),

	/**
	 * The '<em><b>Unknown Entity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_ENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN_ENTITY(4, "unknownEntity", "unknownEntity"),

	/**
	 * The '<em><b>State</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_VALUE
	 * @generated
	 * @ordered
	 */
	STATE(5, "state", "state"),

	/**
	 * The '<em><b>State Body</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_BODY(6, "stateBody", "stateBody");

	/**
	 * The '<em><b>Registered Entity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTERED_ENTITY
	 * @model name="registeredEntity"
	 * @generated
	 * @ordered
	 */
	public static final int REGISTERED_ENTITY_VALUE = 0;

	/**
	 * The '<em><b>Legal Entity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_ENTITY
	 * @model name="legalEntity"
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_ENTITY_VALUE = 1;

	/**
	 * The '<em><b>Arrangement</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARRANGEMENT
	 * @model name="arrangement"
	 * @generated
	 * @ordered
	 */
	public static final int ARRANGEMENT_VALUE = 2;

	/**
	 * The '<em><b>Anonymous Entity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMOUS_ENTITY
	 * @model name="anonymousEntity"
	 * @generated
	 * @ordered
	 */
	public static final int ANONYMOUS_ENTITY_VALUE = 3;

	/**
	 * The '<em><b>Unknown Entity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_ENTITY
	 * @model name="unknownEntity"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_ENTITY_VALUE = 4;

	/**
	 * The '<em><b>State</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE
	 * @model name="state"
	 * @generated
	 * @ordered
	 */
	public static final int STATE_VALUE = 5;

	/**
	 * The '<em><b>State Body</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_BODY
	 * @model name="stateBody"
	 * @generated
	 * @ordered
	 */
	public static final int STATE_BODY_VALUE = 6;

	/**
	 * An array of all the '<em><b>Entity Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EntityType[] VALUES_ARRAY =
		new EntityType[] {
			REGISTERED_ENTITY,
			LEGAL_ENTITY,
			ARRANGEMENT,
			ANONYMOUS_ENTITY,
			UNKNOWN_ENTITY,
			STATE,
			STATE_BODY,
		};

	/**
	 * A public read-only list of all the '<em><b>Entity Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EntityType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Entity Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntityType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EntityType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Entity Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntityType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EntityType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Entity Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntityType get(int value) {
		switch (value) {
			case REGISTERED_ENTITY_VALUE: return REGISTERED_ENTITY;
			case LEGAL_ENTITY_VALUE: return LEGAL_ENTITY;
			case ARRANGEMENT_VALUE: return ARRANGEMENT;
			case ANONYMOUS_ENTITY_VALUE: return ANONYMOUS_ENTITY;
			case UNKNOWN_ENTITY_VALUE: return UNKNOWN_ENTITY;
			case STATE_VALUE: return STATE;
			case STATE_BODY_VALUE: return STATE_BODY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EntityType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EntityType
