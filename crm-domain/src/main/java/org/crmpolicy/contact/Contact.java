package org.crmpolicy.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.CustomerId;

/**
 * One recorded contact with a customer, or an internal note about one: who (a company person and the role they
 * acted in), how (channel), why (purpose) and when. The contact log a host hands to the contact rules is a list
 * of these. Immutable; holds no personal data ({@code personId} is an employee number).
 *
 * <p>Two instants: {@code at} is when the contact happened (the policy's "asOf" axis), {@code recordedAt} when it
 * entered the host's log (the "knownAt" axis). A contact recorded after the period it belongs to closed is reported
 * as late; with a {@code knownAt}, contacts recorded after it do not count.
 *
 * @param id           the host's record id
 * @param customerId   the customer; {@code null} only for an internal note that concerns no single customer (a
 *                     quarterly revisit evaluation report, R6)
 * @param personId     the company person who made the contact (employee number)
 * @param role         the role the person acted in, as recorded; when the host gives role holdings
 *                     ({@link RoleAssignment}), the role the person held on that day decides instead
 * @param channel      how
 * @param purpose      why
 * @param at           when it happened
 * @param recordedAt   when it was recorded; not before {@code at}
 * @param internalNote true for an internal record (a report, a note) that is not itself a contact with the customer
 * @param unit         the business unit the person acted for, as recorded ({@code null}: none recorded); when the host
 *                     gives role holdings, the unit of the holding decides instead. A contact made as the head (or
 *                     staff) of another unit than the customer's does not count for the duties of the customer's unit
 */
public record Contact(
        @NotBlank @Size(max = 64) String id,
        CustomerId customerId,
        @NotBlank @Size(max = 64) String personId,
        @NotNull ContactRole role,
        @NotNull Channel channel,
        @NotNull Purpose purpose,
        @NotNull Instant at,
        @NotNull Instant recordedAt,
        boolean internalNote,
        BusinessUnit unit) {

    /** A contact for which no business unit is recorded (the record before units). */
    public Contact(String id, CustomerId customerId, String personId, ContactRole role, Channel channel,
            Purpose purpose, Instant at, Instant recordedAt, boolean internalNote) {
        this(id, customerId, personId, role, channel, purpose, at, recordedAt, internalNote, null);
    }

    /** A contact with the customer, recorded when it happened. */
    public static Contact of(String id, CustomerId customerId, String personId, ContactRole role, Channel channel,
            Purpose purpose, Instant at) {
        return new Contact(id, customerId, personId, role, channel, purpose, at, at, false, null);
    }

    /** A copy recorded at {@code instant} (late entry into the log). */
    public Contact recordedAt(Instant instant) {
        return new Contact(id, customerId, personId, role, channel, purpose, at, instant, internalNote, unit);
    }

    /** A copy marked as an internal note. */
    public Contact asInternalNote() {
        return new Contact(id, customerId, personId, role, channel, purpose, at, recordedAt, true, unit);
    }

    /** A copy made by its person acting for {@code value} (the head or staff of that unit); {@code null} = none recorded. */
    public Contact forUnit(BusinessUnit value) {
        return new Contact(id, customerId, personId, role, channel, purpose, at, recordedAt, internalNote, value);
    }

    /** True when the host's log learned of this contact after {@code instant}. */
    public boolean isRecordedAfter(Instant instant) {
        return recordedAt != null && recordedAt.isAfter(Objects.requireNonNull(instant, "instant"));
    }
}
