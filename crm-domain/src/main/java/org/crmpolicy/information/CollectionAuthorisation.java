package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmpolicy.approval.Evidence;
import org.crmpolicy.customer.CustomerId;

/**
 * The authorisation record of a collection of customer data (I8; 004 ch.3 §1.1 "通过合法授权或明确告知客户信息收集目的"):
 * the purposes stated to the customer when the data was collected and/or a reference to the customer's
 * authorisation, who recorded it and on which day. It is evidence on file: I8 looks for it when judging a
 * {@link CustomerDataCollection}, and I6 judges every later {@link CustomerInformationUse} against the purposes it
 * states.
 *
 * <p>A record with no stated purpose and no authorisation reference may be built (a host maps what it has), but it
 * is no basis: I8 treats the collection as unauthorised. An authorisation without a stated purpose lets the
 * collection pass I8 but allows no use (I6: the use's purpose was not stated at collection).
 *
 * @param collectionId            the collection it authorises
 * @param customerId              about whom
 * @param statedPurposes          the purposes stated to the customer at collection; may be empty, no nulls
 * @param customerAuthorisationRef the host's reference to the customer's authorisation (a signed form, a recorded
 *                                consent), or {@code null} when there is none; an ID, never the document's text
 * @param recordedBy              who recorded it (a staff ID)
 * @param recordedOn              the day it was recorded; I8 needs it on or before the day of collection
 */
public record CollectionAuthorisation(String collectionId, CustomerId customerId, Set<DataUsePurpose> statedPurposes,
                                      String customerAuthorisationRef, String recordedBy, LocalDate recordedOn)
        implements Evidence {

    public CollectionAuthorisation {
        Arguments.id(collectionId, "collection authorisation collectionId");
        Arguments.nonNull(customerId, "collection authorisation " + collectionId + " customerId");
        Arguments.nonNull(statedPurposes, "collection authorisation " + collectionId + " statedPurposes");
        if (statedPurposes.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("collection authorisation " + collectionId + " statedPurposes = "
                    + statedPurposes + " must not contain null");
        }
        statedPurposes = statedPurposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statedPurposes));
        if (customerAuthorisationRef != null) {
            Arguments.id(customerAuthorisationRef, "collection authorisation " + collectionId + " customerAuthorisationRef");
        }
        Arguments.id(recordedBy, "collection authorisation " + collectionId + " recordedBy");
        Arguments.nonNull(recordedOn, "collection authorisation " + collectionId + " recordedOn");
    }

    /** The record of a collection for the stated purposes, without a separate authorisation of the customer. */
    public static CollectionAuthorisation purposesStated(String collectionId, CustomerId customerId, Set<DataUsePurpose> purposes,
                                                         String recordedBy, LocalDate recordedOn) {
        return new CollectionAuthorisation(collectionId, customerId, purposes, null, recordedBy, recordedOn);
    }

    /** True when the customer's authorisation is referenced. */
    public boolean customerAuthorised() {
        return customerAuthorisationRef != null;
    }

    /** True when the record is a basis for collecting (I8): the customer's authorisation or at least one stated purpose. */
    public boolean hasBasis() {
        return customerAuthorised() || !statedPurposes.isEmpty();
    }

    /** True when {@code purpose} was stated at collection. */
    public boolean states(DataUsePurpose purpose) {
        return statedPurposes.contains(purpose);
    }

    /**
     * Why this record is no basis for {@code collection} (I8), or {@code ""} when it is one: it names the collection
     * and its customer, references the customer's authorisation or states a purpose, and was recorded on or before
     * the day of collection (authorisation comes before collecting).
     */
    public String shortfallFor(CustomerDataCollection collection) {
        if (!collectionId.equals(collection.collectionId())) {
            return "names collection " + collectionId;
        }
        if (!customerId.equals(collection.customerId())) {
            return "is about customer " + customerId;
        }
        if (!hasBasis()) {
            return "names neither the customer's authorisation nor a purpose";
        }
        if (recordedOn.isAfter(collection.on())) {
            return "was recorded on " + recordedOn + ", after the collection";
        }
        return "";
    }

    /** The stated purposes in declaration order, for messages. */
    public String statedPurposesText() {
        return statedPurposes.isEmpty() ? "none" : EnumSet.copyOf(statedPurposes).toString();
    }

    /**
     * The records' stated purposes for a finding's message, e.g. {@code COL-1 [BILLING]; COL-2 none}, ordered by
     * collection ID; {@code "no record"} when there is none.
     */
    public static String statedPurposesOf(Collection<CollectionAuthorisation> records) {
        if (records.isEmpty()) {
            return "no record";
        }
        return records.stream().sorted(Comparator.comparing(CollectionAuthorisation::collectionId)
                        .thenComparing(CollectionAuthorisation::recordedOn))
                .map(r -> r.collectionId() + " " + r.statedPurposesText()).collect(Collectors.joining("; "));
    }
}
