package org.crmpolicy.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Customer}; obtained from {@link Customer#builder(CustomerId, String)}. Not thread-safe.
 *
 * <p>Three fields change results and have no harmless default, so they are <em>required</em>: {@link #since(LocalDate)}
 * (a default date would make the customer overdue for periods before it existed), {@link #contractStatus(ContractStatus)}
 * (a default NONE would make a contracted company a prospect, tier RESERVE) and {@link #province(String)} (D6
 * compares it with the company's). {@link #build()} throws {@link IllegalStateException} naming every one not set.
 * A value set explicitly, even {@code null}, is left to the policy façade's validation, which reports every bad
 * field at once.
 *
 * <p>The other fields have harmless defaults: no categories, annual volume 0, no prospect signal, and no joint
 * development, assessment, rating, credit approval, account manager, first contract date, contact persons or
 * business unit.
 *
 * <pre>{@code
 * Customer c = Customer.builder(CustomerId.of("C-1"), "成都航空部件有限公司")
 *         .since(LocalDate.of(2020, 3, 1)).contractStatus(ContractStatus.ACTIVE).province("四川")
 *         .build();
 * }</pre>
 */
public final class CustomerBuilder {

    private CustomerId id;
    private String name;
    private final Set<CustomerCategory> categories = new LinkedHashSet<>();
    private BigDecimal annualVolume = BigDecimal.ZERO;
    private ContractStatus contractStatus;
    private ProspectSignal prospectSignal = ProspectSignal.NONE;
    private JointDevelopment jointDevelopment;
    private ValueAssessment valueAssessment;
    private CreditRating creditRating;
    private CreditApproval creditApproval;
    private String accountManagerId;
    private String province;
    private LocalDate since;
    private boolean contractStatusSet;
    private boolean provinceSet;
    private boolean sinceSet;
    private LocalDate firstContractDate;
    private final List<ContactPerson> contactPersons = new ArrayList<>();
    private BusinessUnit businessUnit;

    CustomerBuilder(CustomerId id, String name) {
        this.id = id;
        this.name = name;
    }

    CustomerBuilder(Customer c) {
        this(c.id(), c.name());
        if (c.categories() != null) {
            categories.addAll(c.categories());
        }
        annualVolume = c.annualVolume();
        contractStatus = c.contractStatus();
        prospectSignal = c.prospectSignal();
        jointDevelopment = c.jointDevelopment();
        valueAssessment = c.valueAssessment();
        creditRating = c.creditRating();
        creditApproval = c.creditApproval();
        accountManagerId = c.accountManagerId();
        province = c.province();
        since = c.since();
        firstContractDate = c.firstContractDate();
        contractStatusSet = provinceSet = sinceSet = true;
        if (c.contactPersons() != null) {
            contactPersons.addAll(c.contactPersons());
        }
        businessUnit = c.businessUnit();
    }

    public CustomerBuilder id(CustomerId value) {
        this.id = value;
        return this;
    }

    public CustomerBuilder name(String value) {
        this.name = value;
        return this;
    }

    /** Replaces the categories. */
    public CustomerBuilder categories(CustomerCategory... values) {
        categories.clear();
        categories.addAll(Arrays.asList(values));
        return this;
    }

    public CustomerBuilder annualVolume(BigDecimal cny) {
        this.annualVolume = cny;
        return this;
    }

    /**
     * Convenience for literals: {@code annualVolume("99999.99")}. {@code null} is kept as {@code null} (like
     * {@link #annualVolume(BigDecimal)}: the customer is then refused by validation, in {@code rejected()}).
     *
     * @throws IllegalArgumentException naming {@code annualVolume} when the text is not a decimal number
     */
    public CustomerBuilder annualVolume(String cny) {
        if (cny == null) {
            return annualVolume((BigDecimal) null);
        }
        try {
            return annualVolume(new BigDecimal(cny.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("customer " + (id == null ? "(no id)" : id.value()) + ": annualVolume = '"
                    + cny + "' is not a decimal number (CustomerBuilder.annualVolume)", e);
        }
    }

    /** Required: NONE for a prospect (T5), otherwise the state of the customer's contracts. */
    public CustomerBuilder contractStatus(ContractStatus value) {
        this.contractStatus = value;
        this.contractStatusSet = true;
        return this;
    }

    public CustomerBuilder prospectSignal(ProspectSignal value) {
        this.prospectSignal = value;
        return this;
    }

    public CustomerBuilder jointDevelopment(JointDevelopment value) {
        this.jointDevelopment = value;
        return this;
    }

    public CustomerBuilder valueAssessment(ValueAssessment value) {
        this.valueAssessment = value;
        return this;
    }

    public CustomerBuilder creditRating(CreditRating value) {
        this.creditRating = value;
        return this;
    }

    public CustomerBuilder creditApproval(CreditApproval value) {
        this.creditApproval = value;
        return this;
    }

    public CustomerBuilder accountManagerId(String value) {
        this.accountManagerId = value;
        return this;
    }

    /** Required: the province the customer is in (D6 compares it with the company's). */
    public CustomerBuilder province(String value) {
        this.province = value;
        this.provinceSet = true;
        return this;
    }

    /** Required: when the customer entered the host's records; nothing about it is judged before this date. */
    public CustomerBuilder since(LocalDate value) {
        this.since = value;
        this.sinceSet = true;
        return this;
    }

    public CustomerBuilder firstContractDate(LocalDate value) {
        this.firstContractDate = value;
        return this;
    }

    public CustomerBuilder contactPerson(ContactPerson value) {
        contactPersons.add(value);
        return this;
    }

    /** The business unit that manages the customer; {@code null} (the default) = none kept. */
    public CustomerBuilder businessUnit(BusinessUnit value) {
        this.businessUnit = value;
        return this;
    }

    /**
     * @throws IllegalStateException when {@code since}, {@code contractStatus} or {@code province} was never set;
     *                               the message names the customer and every missing field
     */
    public Customer build() {
        List<String> missing = new ArrayList<>();
        if (!sinceSet) {
            missing.add("since");
        }
        if (!contractStatusSet) {
            missing.add("contractStatus");
        }
        if (!provinceSet) {
            missing.add("province");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("customer " + (id == null ? "(no id)" : id.value()) + ": "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " required and not set; the builder has no default for "
                    + (missing.size() == 1 ? "it" : "them") + " because a default would change the policy's results");
        }
        return new Customer(id, name, new LinkedHashSet<>(categories), annualVolume, contractStatus, prospectSignal,
                jointDevelopment, valueAssessment, creditRating, creditApproval, accountManagerId, province, since,
                firstContractDate, new ArrayList<>(contactPersons), businessUnit);
    }
}
