package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * A shipment of a contract's products (D14): the customer is notified, the invoice mailed and its receipt confirmed.
 *
 * @param contractId the contract number
 * @param shippedAt  when the goods left
 */
public record Shipment(String contractId, Instant shippedAt) {

    public Shipment {
        Triggers.requireId(contractId, "shipment contractId");
        Objects.requireNonNull(shippedAt, "shipment " + contractId + ": shippedAt must not be null");
    }
}
