package org.crmpolicy.information;


/** An act on customer information that states its purpose (a use or a collection); I6 checks the purpose. */
public interface PurposeStated extends InformationAct {

    /** Why, or {@code null} when no purpose is stated. */
    DataUsePurpose purpose();
}
