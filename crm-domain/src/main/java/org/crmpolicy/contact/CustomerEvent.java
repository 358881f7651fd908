package org.crmpolicy.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmpolicy.customer.CustomerId;

/**
 * Something that happened to a customer and starts a contact obligation: a purchase starts the C6 first revisit,
 * a complaint the R1 revisit. Immutable.
 *
 * @param id         the host's record id (a contract, delivery or complaint number)
 * @param customerId the customer
 * @param kind       what happened
 * @param at         when
 */
public record CustomerEvent(
        @NotBlank @Size(max = 64) String id,
        @NotNull @Valid CustomerId customerId,
        @NotNull Kind kind,
        @NotNull Instant at) {

    /** The kinds of event the contact rules start from. */
    public enum Kind {
        /** The customer bought a product or service (C6 default starting event). */
        PURCHASE,
        /** A contract was signed. */
        CONTRACT_SIGNED,
        /** A product or service was delivered. */
        DELIVERY,
        /** The customer complained (R1). */
        COMPLAINT
    }

    public static CustomerEvent of(String id, CustomerId customerId, Kind kind, Instant at) {
        return new CustomerEvent(id, customerId, kind, at);
    }
}
