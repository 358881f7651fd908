package org.crmpolicy.information;

/**
 * The kinds of data a host may hold about a customer. The I2 customer file holds qualification documents, contacts
 * (phone, person, email), credit standing and basic production situation; the policy names the allowed ones in
 * {@code customer-information.drl}. Fields marked personal are personal data (I3, I7).
 */
public enum CustomerDataField {
    QUALIFICATION_DOCUMENTS(false),
    CONTACT_PERSON_NAME(true),
    CONTACT_PHONE(true),
    CONTACT_EMAIL(true),
    /** Kept for the C7 birthday care obligation. */
    CONTACT_BIRTHDAY(true),
    CREDIT_STANDING(false),
    PRODUCTION_SITUATION(false),
    CONTRACTS_AND_ORDERS(false),
    /** Not part of the customer file: a person's identity-card number. */
    PERSONAL_ID_NUMBER(true),
    /** Not part of the customer file: a person's home address. */
    HOME_ADDRESS(true),
    /** Not part of the customer file: a person's income, family, health or beliefs. */
    PRIVATE_LIFE(true);

    private final boolean personal;

    CustomerDataField(boolean personal) {
        this.personal = personal;
    }

    /** True for personal data about a person (I3, I7). */
    public boolean isPersonal() {
        return personal;
    }
}
