package org.crmpolicy.information;

import org.crmpolicy.approval.HostAction;

/**
 * An act on customer information (I1-I11): collecting, using, exporting, updating, destroying it, or a data breach.
 * What {@code CrmPolicy.information()} plans before the act and checks after it.
 */
public interface InformationAct extends HostAction {
}
