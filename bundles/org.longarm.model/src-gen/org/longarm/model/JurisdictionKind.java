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
 * A representation of the literals of the enumeration '<em><b>Jurisdiction Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of territory a jurisdiction is; law packs treat special administrative regions (Hong Kong, Macao) apart from their country.
 * <!-- end-model-doc -->
 * @see org.longarm.model.LongarmPackage#getJurisdictionKind()
 * @model
 * @generated
 */
public enum JurisdictionKind implements Enumerator {
	/**
	 * The '<em><b>Country</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTRY_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTRY(0, "country", "country"),

	/**
	 * The '<em><b>Special Administrative Region</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_ADMINISTRATIVE_REGION_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_ADMINISTRATIVE_REGION(1, "specialAdministrativeRegion", "specialAdministrativeRegion"),

	/**
	 * The '<em><b>Subdivision</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBDIVISION_VALUE
	 * @generated
	 * @ordered
	 */
	SUBDIVISION(2, "subdivision", "subdivision"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "other", "other");

	/**
	 * The '<em><b>Country</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTRY
	 * @model name="country"
	 * @generated
	 * @ordered
	 */
	public static final int COUNTRY_VALUE = 0;

	/**
	 * The '<em><b>Special Administrative Region</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_ADMINISTRATIVE_REGION
	 * @model name="specialAdministrativeRegion"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_ADMINISTRATIVE_REGION_VALUE = 1;

	/**
	 * The '<em><b>Subdivision</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBDIVISION
	 * @model name="subdivision"
	 * @generated
	 * @ordered
	 */
	public static final int SUBDIVISION_VALUE = 2;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Jurisdiction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JurisdictionKind[] VALUES_ARRAY =
		new JurisdictionKind[] {
			COUNTRY,
			SPECIAL_ADMINISTRATIVE_REGION,
			SUBDIVISION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Jurisdiction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JurisdictionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Jurisdiction Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JurisdictionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JurisdictionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Jurisdiction Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JurisdictionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JurisdictionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Jurisdiction Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JurisdictionKind get(int value) {
		switch (value) {
			case COUNTRY_VALUE: return COUNTRY;
			case SPECIAL_ADMINISTRATIVE_REGION_VALUE: return SPECIAL_ADMINISTRATIVE_REGION;
			case SUBDIVISION_VALUE: return SUBDIVISION;
			case OTHER_VALUE: return OTHER;
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
	private JurisdictionKind(int value, String name, String literal) {
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
	
} //JurisdictionKind
