package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.money.Money;

/**
 * A contract the customer signed before the one being asked about; A1 adds up the amounts in its window.
 *
 * @param contractId the host's contract number
 * @param amount     in CNY
 * @param signedOn   the day it was signed
 */
public record EarlierContract(String contractId, Money amount, LocalDate signedOn) {

    public EarlierContract {
        Arguments.id(contractId, "earlier contract contractId");
        Arguments.cny(amount, "earlier contract " + contractId + " amount", "EarlierContract");
        Arguments.nonNull(signedOn, "earlier contract " + contractId + " signedOn");
    }

    /**
     * An earlier contract of {@code amountCny} CNY, e.g. {@code EarlierContract.of("HT-7", "2500.00", day)}.
     *
     * @throws IllegalArgumentException naming {@code amountCny} when it is null, not a number or not an amount
     */
    public static EarlierContract of(String contractId, String amountCny, LocalDate signedOn) {
        return new EarlierContract(contractId,
                Money.cny(amountCny, "earlier contract " + contractId + " amountCny", "EarlierContract.of"), signedOn);
    }
}
