package org.crmpolicy.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A customer as the policy sees it: what kind of unit it is, how much business it does, whether it develops
 * products with the company, its credit rating, value assessment and account manager. A plain immutable fact the
 * host builds from its own records (see {@link #builder(CustomerId, String)}).
 *
 * <p>Constraints are declared with Jakarta Validation and checked by the policy façade, which reports every bad
 * field at once. The record itself only copies its collections, so a host can build one from partial data and
 * learn from a single call everything that is wrong with it.
 *
 * <p>{@link #toString()} never prints personal data (I3): contact persons are masked.
 *
 * @param id                 the host's customer number
 * @param name               the company's name (not personal data)
 * @param categories         the kinds of unit it is (T3, T4); may be empty
 * @param annualVolume       business volume in the current year, CNY, two decimals at most
 * @param contractStatus     NONE for a prospect (T5)
 * @param prospectSignal     for a prospect: declared intent or high potential (T5)
 * @param jointDevelopment   evidence of joint development (T2), or {@code null}
 * @param valueAssessment    the latest T6 value assessment, or {@code null}
 * @param creditRating       the credit rating in the file (T7), or {@code null} when not rated
 * @param creditApproval     the approval that admits a failing rating to STRATEGIC/KEY (T7), or {@code null}
 * @param accountManagerId   the dedicated account manager (T9), or {@code null}
 * @param province           the province the customer is in (D6 compares it with the company's)
 * @param since              when the customer entered the host's records; nothing about it can predate this
 * @param firstContractDate  the date of the first contract, or {@code null}
 * @param contactPersons     the people at the customer (I2), personal data
 * @param businessUnit       the business unit that manages the customer (003 §9), or {@code null} when the host keeps
 *                           no units: its head is the BU head of C1, C2, R2 and R3, and its customers make up the
 *                           unit's R4 and C10 duties; a portfolio without units is one unit, the company
 */
public record Customer(
        @NotNull @Valid CustomerId id,
        @NotBlank @Size(max = 200) String name,
        @NotNull Set<@NotNull CustomerCategory> categories,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal annualVolume,
        @NotNull ContractStatus contractStatus,
        @NotNull ProspectSignal prospectSignal,
        @Valid JointDevelopment jointDevelopment,
        @Valid ValueAssessment valueAssessment,
        CreditRating creditRating,
        @Valid CreditApproval creditApproval,
        @Size(min = 1, max = 64) String accountManagerId,
        @NotBlank @Size(max = 50) String province,
        @NotNull LocalDate since,
        LocalDate firstContractDate,
        @NotNull List<@NotNull @Valid ContactPerson> contactPersons,
        BusinessUnit businessUnit) {

    /** A customer of no particular business unit (the record before units; see {@link #businessUnit()}). */
    public Customer(CustomerId id, String name, Set<CustomerCategory> categories, BigDecimal annualVolume,
            ContractStatus contractStatus, ProspectSignal prospectSignal, JointDevelopment jointDevelopment,
            ValueAssessment valueAssessment, CreditRating creditRating, CreditApproval creditApproval,
            String accountManagerId, String province, LocalDate since, LocalDate firstContractDate,
            List<ContactPerson> contactPersons) {
        this(id, name, categories, annualVolume, contractStatus, prospectSignal, jointDevelopment, valueAssessment,
                creditRating, creditApproval, accountManagerId, province, since, firstContractDate, contactPersons, null);
    }

    public Customer {
        if (categories != null && categories.stream().anyMatch(java.util.Objects::isNull)) {
            throw new NullPointerException("customer " + (id == null ? null : id.value()) + ": categories = "
                    + categories + " must not contain null");
        }
        categories = categories == null ? null
                : categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        contactPersons = contactPersons == null ? null : List.copyOf(nonNullOnly(contactPersons));
    }

    private static <T> Collection<T> nonNullOnly(Collection<T> values) {
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value != null) {
                copy.add(value);
            }
        }
        return copy;
    }

    /**
     * A builder with the identity. {@code since}, {@code contractStatus} and {@code province} must be set before
     * {@link CustomerBuilder#build()} (it throws otherwise); everything else starts empty (no categories, volume 0).
     */
    public static CustomerBuilder builder(CustomerId id, String name) {
        return new CustomerBuilder(id, name);
    }

    /** A builder pre-filled with this customer's values, to derive a changed copy. */
    public CustomerBuilder toBuilder() {
        return new CustomerBuilder(this);
    }

    public boolean isOf(CustomerCategory category) {
        return categories != null && categories.contains(category);
    }

    public boolean hasAccountManager() {
        return accountManagerId != null && !accountManagerId.isBlank();
    }

    /** Prints identity and business facts only; contact persons are counted, never shown (I3). */
    @Override
    public String toString() {
        return "Customer[id=" + id + ", name=" + name + ", categories=" + categories + ", annualVolume=" + annualVolume
                + ", contractStatus=" + contractStatus + ", creditRating=" + creditRating + ", province=" + province
                + (businessUnit == null ? "" : ", businessUnit=" + businessUnit.id())
                + ", contactPersons=" + (contactPersons == null ? "null" : contactPersons.size() + " (masked)") + "]";
    }
}
