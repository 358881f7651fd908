package org.crmpolicy.rules.information;

import org.crmpolicy.information.DataUsePurpose;

/**
 * A row of the I6 table: a business purpose customer information may be collected and used for. Inserted by the
 * I6 table rule, read by the I6 rules; a purpose without a row (advertising, competition, disclosure to third
 * parties) is refused.
 *
 * @param purpose the purpose
 * @param reason  where the sources put it among the business uses
 */
public record BusinessPurpose(DataUsePurpose purpose, String reason) {
}
