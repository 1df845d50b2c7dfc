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
 * A representation of the literals of the enumeration '<em><b>Person Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The BODS 0.4 personType codelist.
 * <!-- end-model-doc -->
 * @see org.longarm.model.LongarmPackage#getPersonType()
 * @model
 * @generated
 */
public enum PersonType implements Enumerator {
	/**
	 * The '<em><b>Known Person</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWN_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWN_PERSON(0, "knownPerson", "knownPerson"),

	/**
	 * The '<em><b>Anonymous Person</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMOUS_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	ANONYMOUS_PERSON(1, "anonymousPerson", "anonymousPerson"),

	/**
	 * The '<em><b>Unknown Person</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN_PERSON(2, "unknownPerson", "unknownPerson");

	/**
	 * The '<em><b>Known Person</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWN_PERSON
	 * @model name="knownPerson"
	 * @generated
	 * @ordered
	 */
	public static final int KNOWN_PERSON_VALUE = 0;

	/**
	 * The '<em><b>Anonymous Person</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMOUS_PERSON
	 * @model name="anonymousPerson"
	 * @generated
	 * @ordered
	 */
	public static final int ANONYMOUS_PERSON_VALUE = 1;

	/**
	 * The '<em><b>Unknown Person</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_PERSON
	 * @model name="unknownPerson"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_PERSON_VALUE = 2;

	/**
	 * An array of all the '<em><b>Person Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PersonType[] VALUES_ARRAY =
		new PersonType[] {
			KNOWN_PERSON,
			ANONYMOUS_PERSON,
			UNKNOWN_PERSON,
		};

	/**
	 * A public read-only list of all the '<em><b>Person Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PersonType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Person Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PersonType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Person Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PersonType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Person Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonType get(int value) {
		switch (value) {
			case KNOWN_PERSON_VALUE: return KNOWN_PERSON;
			case ANONYMOUS_PERSON_VALUE: return ANONYMOUS_PERSON;
			case UNKNOWN_PERSON_VALUE: return UNKNOWN_PERSON;
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
	private PersonType(int value, String name, String literal) {
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
	
} //PersonType
