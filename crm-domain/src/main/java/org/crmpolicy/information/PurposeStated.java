package org.crmpolicy.information;

import org.crmpolicy.approval.HostAction;

/** An act on customer information that states its purpose (a use or a collection); I6 checks the purpose. */
public interface PurposeStated extends HostAction {

    /** Why, or {@code null} when no purpose is stated. */
    DataUsePurpose purpose();
}
