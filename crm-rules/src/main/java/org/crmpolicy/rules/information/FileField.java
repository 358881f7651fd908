package org.crmpolicy.rules.information;

import org.crmpolicy.information.CustomerDataField;

/**
 * A row of the I2 table: a field the customer file may hold. Inserted by the I2 rule, read by I1 (minimisation).
 *
 * @param field  the field
 * @param reason why the file holds it
 */
public record FileField(CustomerDataField field, String reason) {
}
