package org.crmpolicy.information;

import java.util.Set;

/** An act that puts data into the customer file (a collection or an update); minimisation (I1) applies to it. */
public interface StoresCustomerData extends InformationAct {

    /** The fields it stores. */
    Set<CustomerDataField> fields();
}
