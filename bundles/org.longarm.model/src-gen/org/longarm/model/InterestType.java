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
 * A representation of the literals of the enumeration '<em><b>Interest Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The BODS 0.4 interestType codelist.
 * <!-- end-model-doc -->
 * @see org.longarm.model.LongarmPackage#getInterestType()
 * @model
 * @generated
 */
public enum InterestType implements Enumerator {
	/**
	 * The '<em><b>Shareholding</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHAREHOLDING_VALUE
	 * @generated
	 * @ordered
	 */
	SHAREHOLDING(0, "shareholding", "shareholding"),

	/**
	 * The '<em><b>Voting Rights</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOTING_RIGHTS_VALUE
	 * @generated
	 * @ordered
	 */
	VOTING_RIGHTS(1, "votingRights", "votingRights"),

	/**
	 * The '<em><b>Appointment Of Board</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPOINTMENT_OF_BOARD_VALUE
	 * @generated
	 * @ordered
	 */
	APPOINTMENT_OF_BOARD(2, "appointmentOfBoard", "appointmentOfBoard"),

	/**
	 * The '<em><b>Other Influence Or Control</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_INFLUENCE_OR_CONTROL_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_INFLUENCE_OR_CONTROL(3, "otherInfluenceOrControl", "otherInfluenceOrControl"),

	/**
	 * The '<em><b>Senior Managing Official</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_MANAGING_OFFICIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_MANAGING_OFFICIAL(4, "seniorManagingOfficial", "seniorManagingOfficial"),

	/**
	 * The '<em><b>Settlor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTLOR_VALUE
	 * @generated
	 * @ordered
	 */
	SETTLOR(5, "settlor", "settlor"),

	/**
	 * The '<em><b>Trustee</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUSTEE_VALUE
	 * @generated
	 * @ordered
	 */
	TRUSTEE(6, "trustee", "trustee"),

	/**
	 * The '<em><b>Protector</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PROTECTOR(7, "protector", "protector"),

	/**
	 * The '<em><b>Beneficiary Of Legal Arrangement</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARY_OF_LEGAL_ARRANGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	BENEFICIARY_OF_LEGAL_ARRANGEMENT(8, "beneficiaryOfLegalArrangement", "beneficiaryOfLegalArrangement"),

	/**
	 * The '<em><b>Rights To Surplus Assets On Dissolution</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION(9, "rightsToSurplusAssetsOnDissolution", "rightsToSurplusAssetsOnDissolution"),

	/**
	 * The '<em><b>Rights To Profit Or Income</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_TO_PROFIT_OR_INCOME_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHTS_TO_PROFIT_OR_INCOME(10, "rightsToProfitOrIncome", "rightsToProfitOrIncome"),

	/**
	 * The '<em><b>Rights Granted By Contract</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_GRANTED_BY_CONTRACT_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHTS_GRANTED_BY_CONTRACT(11, "rightsGrantedByContract", "rightsGrantedByContract"),

	/**
	 * The '<em><b>Conditional Rights Granted By Contract</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT_VALUE
	 * @generated
	 * @ordered
	 */
	CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT(12, "conditionalRightsGrantedByContract", "conditionalRightsGrantedByContract"),

	/**
	 * The '<em><b>Control Via Company Rules Or Articles</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_VIA_COMPANY_RULES_OR_ARTICLES_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL_VIA_COMPANY_RULES_OR_ARTICLES(13, "controlViaCompanyRulesOrArticles", "controlViaCompanyRulesOrArticles"),

	/**
	 * The '<em><b>Control By Legal Framework</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_BY_LEGAL_FRAMEWORK_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL_BY_LEGAL_FRAMEWORK(14, "controlByLegalFramework", "controlByLegalFramework"),

	/**
	 * The '<em><b>Board Member</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD_MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	BOARD_MEMBER(15, "boardMember", "boardMember"),

	/**
	 * The '<em><b>Board Chair</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD_CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	BOARD_CHAIR(16, "boardChair", "boardChair"),

	/**
	 * The '<em><b>Unknown Interest</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN_INTEREST(17, "unknownInterest", "unknownInterest"),

	/**
	 * The '<em><b>Unpublished Interest</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNPUBLISHED_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	UNPUBLISHED_INTEREST(18, "unpublishedInterest", "unpublishedInterest"),

	/**
	 * The '<em><b>Enjoyment And Use Of Assets</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENJOYMENT_AND_USE_OF_ASSETS_VALUE
	 * @generated
	 * @ordered
	 */
	ENJOYMENT_AND_USE_OF_ASSETS(19, "enjoymentAndUseOfAssets", "enjoymentAndUseOfAssets"),

	/**
	 * The '<em><b>Right To Profit Or Income From Assets</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS(20, "rightToProfitOrIncomeFromAssets", "rightToProfitOrIncomeFromAssets"),

	/**
	 * The '<em><b>Nominee</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMINEE_VALUE
	 * @generated
	 * @ordered
	 */
	NOMINEE(21, "nominee", "nominee"),

	/**
	 * The '<em><b>Nominator</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMINATOR_VALUE
	 * @generated
	 * @ordered
	 */
	NOMINATOR(22, "nominator", "nominator");

	/**
	 * The '<em><b>Shareholding</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHAREHOLDING
	 * @model name="shareholding"
	 * @generated
	 * @ordered
	 */
	public static final int SHAREHOLDING_VALUE = 0;

	/**
	 * The '<em><b>Voting Rights</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOTING_RIGHTS
	 * @model name="votingRights"
	 * @generated
	 * @ordered
	 */
	public static final int VOTING_RIGHTS_VALUE = 1;

	/**
	 * The '<em><b>Appointment Of Board</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPOINTMENT_OF_BOARD
	 * @model name="appointmentOfBoard"
	 * @generated
	 * @ordered
	 */
	public static final int APPOINTMENT_OF_BOARD_VALUE = 2;

	/**
	 * The '<em><b>Other Influence Or Control</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_INFLUENCE_OR_CONTROL
	 * @model name="otherInfluenceOrControl"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_INFLUENCE_OR_CONTROL_VALUE = 3;

	/**
	 * The '<em><b>Senior Managing Official</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_MANAGING_OFFICIAL
	 * @model name="seniorManagingOfficial"
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_MANAGING_OFFICIAL_VALUE = 4;

	/**
	 * The '<em><b>Settlor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTLOR
	 * @model name="settlor"
	 * @generated
	 * @ordered
	 */
	public static final int SETTLOR_VALUE = 5;

	/**
	 * The '<em><b>Trustee</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUSTEE
	 * @model name="trustee"
	 * @generated
	 * @ordered
	 */
	public static final int TRUSTEE_VALUE = 6;

	/**
	 * The '<em><b>Protector</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTECTOR
	 * @model name="protector"
	 * @generated
	 * @ordered
	 */
	public static final int PROTECTOR_VALUE = 7;

	/**
	 * The '<em><b>Beneficiary Of Legal Arrangement</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARY_OF_LEGAL_ARRANGEMENT
	 * @model name="beneficiaryOfLegalArrangement"
	 * @generated
	 * @ordered
	 */
	public static final int BENEFICIARY_OF_LEGAL_ARRANGEMENT_VALUE = 8;

	/**
	 * The '<em><b>Rights To Surplus Assets On Dissolution</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION
	 * @model name="rightsToSurplusAssetsOnDissolution"
	 * @generated
	 * @ordered
	 */
	public static final int RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION_VALUE = 9;

	/**
	 * The '<em><b>Rights To Profit Or Income</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_TO_PROFIT_OR_INCOME
	 * @model name="rightsToProfitOrIncome"
	 * @generated
	 * @ordered
	 */
	public static final int RIGHTS_TO_PROFIT_OR_INCOME_VALUE = 10;

	/**
	 * The '<em><b>Rights Granted By Contract</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHTS_GRANTED_BY_CONTRACT
	 * @model name="rightsGrantedByContract"
	 * @generated
	 * @ordered
	 */
	public static final int RIGHTS_GRANTED_BY_CONTRACT_VALUE = 11;

	/**
	 * The '<em><b>Conditional Rights Granted By Contract</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT
	 * @model name="conditionalRightsGrantedByContract"
	 * @generated
	 * @ordered
	 */
	public static final int CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT_VALUE = 12;

	/**
	 * The '<em><b>Control Via Company Rules Or Articles</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_VIA_COMPANY_RULES_OR_ARTICLES
	 * @model name="controlViaCompanyRulesOrArticles"
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_VIA_COMPANY_RULES_OR_ARTICLES_VALUE = 13;

	/**
	 * The '<em><b>Control By Legal Framework</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_BY_LEGAL_FRAMEWORK
	 * @model name="controlByLegalFramework"
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_BY_LEGAL_FRAMEWORK_VALUE = 14;

	/**
	 * The '<em><b>Board Member</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD_MEMBER
	 * @model name="boardMember"
	 * @generated
	 * @ordered
	 */
	public static final int BOARD_MEMBER_VALUE = 15;

	/**
	 * The '<em><b>Board Chair</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD_CHAIR
	 * @model name="boardChair"
	 * @generated
	 * @ordered
	 */
	public static final int BOARD_CHAIR_VALUE = 16;

	/**
	 * The '<em><b>Unknown Interest</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_INTEREST
	 * @model name="unknownInterest"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_INTEREST_VALUE = 17;

	/**
	 * The '<em><b>Unpublished Interest</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNPUBLISHED_INTEREST
	 * @model name="unpublishedInterest"
	 * @generated
	 * @ordered
	 */
	public static final int UNPUBLISHED_INTEREST_VALUE = 18;

	/**
	 * The '<em><b>Enjoyment And Use Of Assets</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENJOYMENT_AND_USE_OF_ASSETS
	 * @model name="enjoymentAndUseOfAssets"
	 * @generated
	 * @ordered
	 */
	public static final int ENJOYMENT_AND_USE_OF_ASSETS_VALUE = 19;

	/**
	 * The '<em><b>Right To Profit Or Income From Assets</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS
	 * @model name="rightToProfitOrIncomeFromAssets"
	 * @generated
	 * @ordered
	 */
	public static final int RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS_VALUE = 20;

	/**
	 * The '<em><b>Nominee</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMINEE
	 * @model name="nominee"
	 * @generated
	 * @ordered
	 */
	public static final int NOMINEE_VALUE = 21;

	/**
	 * The '<em><b>Nominator</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMINATOR
	 * @model name="nominator"
	 * @generated
	 * @ordered
	 */
	public static final int NOMINATOR_VALUE = 22;

	/**
	 * An array of all the '<em><b>Interest Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterestType[] VALUES_ARRAY =
		new InterestType[] {
			SHAREHOLDING,
			VOTING_RIGHTS,
			APPOINTMENT_OF_BOARD,
			OTHER_INFLUENCE_OR_CONTROL,
			SENIOR_MANAGING_OFFICIAL,
			SETTLOR,
			TRUSTEE,
			PROTECTOR,
			BENEFICIARY_OF_LEGAL_ARRANGEMENT,
			RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION,
			RIGHTS_TO_PROFIT_OR_INCOME,
			RIGHTS_GRANTED_BY_CONTRACT,
			CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT,
			CONTROL_VIA_COMPANY_RULES_OR_ARTICLES,
			CONTROL_BY_LEGAL_FRAMEWORK,
			BOARD_MEMBER,
			BOARD_CHAIR,
			UNKNOWN_INTEREST,
			UNPUBLISHED_INTEREST,
			ENJOYMENT_AND_USE_OF_ASSETS,
			RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS,
			NOMINEE,
			NOMINATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Interest Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterestType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interest Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterestType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterestType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interest Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterestType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterestType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interest Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterestType get(int value) {
		switch (value) {
			case SHAREHOLDING_VALUE: return SHAREHOLDING;
			case VOTING_RIGHTS_VALUE: return VOTING_RIGHTS;
			case APPOINTMENT_OF_BOARD_VALUE: return APPOINTMENT_OF_BOARD;
			case OTHER_INFLUENCE_OR_CONTROL_VALUE: return OTHER_INFLUENCE_OR_CONTROL;
			case SENIOR_MANAGING_OFFICIAL_VALUE: return SENIOR_MANAGING_OFFICIAL;
			case SETTLOR_VALUE: return SETTLOR;
			case TRUSTEE_VALUE: return TRUSTEE;
			case PROTECTOR_VALUE: return PROTECTOR;
			case BENEFICIARY_OF_LEGAL_ARRANGEMENT_VALUE: return BENEFICIARY_OF_LEGAL_ARRANGEMENT;
			case RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION_VALUE: return RIGHTS_TO_SURPLUS_ASSETS_ON_DISSOLUTION;
			case RIGHTS_TO_PROFIT_OR_INCOME_VALUE: return RIGHTS_TO_PROFIT_OR_INCOME;
			case RIGHTS_GRANTED_BY_CONTRACT_VALUE: return RIGHTS_GRANTED_BY_CONTRACT;
			case CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT_VALUE: return CONDITIONAL_RIGHTS_GRANTED_BY_CONTRACT;
			case CONTROL_VIA_COMPANY_RULES_OR_ARTICLES_VALUE: return CONTROL_VIA_COMPANY_RULES_OR_ARTICLES;
			case CONTROL_BY_LEGAL_FRAMEWORK_VALUE: return CONTROL_BY_LEGAL_FRAMEWORK;
			case BOARD_MEMBER_VALUE: return BOARD_MEMBER;
			case BOARD_CHAIR_VALUE: return BOARD_CHAIR;
			case UNKNOWN_INTEREST_VALUE: return UNKNOWN_INTEREST;
			case UNPUBLISHED_INTEREST_VALUE: return UNPUBLISHED_INTEREST;
			case ENJOYMENT_AND_USE_OF_ASSETS_VALUE: return ENJOYMENT_AND_USE_OF_ASSETS;
			case RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS_VALUE: return RIGHT_TO_PROFIT_OR_INCOME_FROM_ASSETS;
			case NOMINEE_VALUE: return NOMINEE;
			case NOMINATOR_VALUE: return NOMINATOR;
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
	private InterestType(int value, String name, String literal) {
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
	
} //InterestType
