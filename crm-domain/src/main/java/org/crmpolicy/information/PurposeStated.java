package org.crmpolicy.information;


/**
 * An act on customer information that states its purpose (a use); I6 checks the purpose. A collection's purposes
 * are in its {@link CollectionAuthorisation}.
 */
public interface PurposeStated extends InformationAct {

    /** Why, or {@code null} when no purpose is stated. */
    DataUsePurpose purpose();
}
