package org.crmpolicy.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link Customer}; obtained from {@link Customer#builder(CustomerId, String)}. Not thread-safe. */
public final class CustomerBuilder {

    private CustomerId id;
    private String name;
    private final Set<CustomerCategory> categories = new LinkedHashSet<>();
    private BigDecimal annualVolume = BigDecimal.ZERO;
    private ContractStatus contractStatus = ContractStatus.NONE;
    private ProspectSignal prospectSignal = ProspectSignal.NONE;
    private JointDevelopment jointDevelopment;
    private ValueAssessment valueAssessment;
    private CreditRating creditRating;
    private CreditApproval creditApproval;
    private String accountManagerId;
    private String province = "unknown";
    private LocalDate since = LocalDate.of(2000, 1, 1);
    private LocalDate firstContractDate;
    private final List<ContactPerson> contactPersons = new ArrayList<>();

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
        if (c.contactPersons() != null) {
            contactPersons.addAll(c.contactPersons());
        }
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

    /** Convenience for literals: {@code annualVolume("99999.99")}. */
    public CustomerBuilder annualVolume(String cny) {
        return annualVolume(new BigDecimal(cny));
    }

    public CustomerBuilder contractStatus(ContractStatus value) {
        this.contractStatus = value;
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

    public CustomerBuilder province(String value) {
        this.province = value;
        return this;
    }

    public CustomerBuilder since(LocalDate value) {
        this.since = value;
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

    public Customer build() {
        return new Customer(id, name, new LinkedHashSet<>(categories), annualVolume, contractStatus, prospectSignal,
                jointDevelopment, valueAssessment, creditRating, creditApproval, accountManagerId, province, since,
                firstContractDate, new ArrayList<>(contactPersons));
    }
}
