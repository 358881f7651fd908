package org.crmpolicy.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.Shipment;
import org.crmpolicy.information.CollectionAuthorisation;
import org.crmpolicy.information.CustomerDataCollection;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.DataUsePurpose;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.approvals.Approvals;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.crmpolicy.rules.complaints.Complaints;
import org.crmpolicy.rules.deadlines.Deadlines;
import org.crmpolicy.rules.evaluation.PolicyRuntime;
import org.crmpolicy.rules.information.Information;
import org.crmpolicy.rules.lint.TableRowsCheck;
import org.crmpolicy.rules.obligations.Obligations;
import org.crmpolicy.rules.tiers.Tiers;

/**
 * The smoke test a freshly compiled rule set passes before it serves (issue 20, defect 5): one ordinary evaluation
 * per policy area on fixed, valid probe facts. A rule that compiles but throws when it fires makes this throw, and
 * the reload is refused. First the rows of the policy's tables are checked together ({@link TableRowsCheck}). No
 * personal data in the probe facts.
 */
final class ProbeEvaluation {

    private static final Instant AS_OF = Instant.parse("2025-11-24T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 24);

    private ProbeEvaluation() {
    }

    static void run(PolicyRuntime runtime) {
        List<org.crmpolicy.rules.authoring.RuleProblem> rows = TableRowsCheck.check(runtime.ruleBase(),
                runtime.parameters());
        if (!rows.isEmpty()) {
            throw new RuleSetRejectedException(rows);
        }
        Customer customer = Customer.builder(CustomerId.of("PROBE-C1"), "probe customer")
                .contractStatus(ContractStatus.ACTIVE).annualVolume("250000.00")
                .categories(CustomerCategory.LISTED_COMPANY).creditRating(CreditRating.A).accountManagerId("AM-1")
                .province("四川").since(LocalDate.of(2020, 3, 1)).firstContractDate(LocalDate.of(2020, 4, 1))
                .build();
        new Tiers(runtime).classify(customer, AS_OF);
        new Obligations(runtime).compliance(List.of(customer), List.of(Contact.of("PROBE-K1", customer.id(), "P-1",
                ContactRole.SALES_STAFF, Channel.PHONE, Purpose.ROUTINE, AS_OF.minus(Duration.ofDays(1)))), AS_OF);
        Deadlines deadlines = new Deadlines(runtime);
        deadlines.forInquiry(new Inquiry("PROBE-I1", InquiryChannel.PHONE, null, AS_OF));
        deadlines.forShipment(new Shipment("PROBE-S1", AS_OF));
        deadlines.reportsDue(TODAY.withDayOfMonth(1), TODAY.withDayOfMonth(30));
        deadlines.reports(TODAY.withDayOfMonth(1), TODAY.withDayOfMonth(30), List.of(), AS_OF);
        Complaint complaint = Complaint.receive(ComplaintId.of("PROBE-P1"), new Intake(customer.id(),
                        FeedbackClassification.of(FeedbackType.COMPLAINT, SeverityGrade.SERIOUS), "probe", true),
                Actor.of("E-1", OrgUnit.CUSTOMER_SERVICE), AS_OF, "probe");
        new Complaints(runtime).assess(complaint, AS_OF.plus(Duration.ofHours(1)));
        new Approvals(runtime).plan(ContractSigning.of("PROBE-HT1", customer, Money.cny("10000"), TODAY, List.of()));
        new Information(runtime).plan(new CustomerDataCollection("PROBE-COL1", customer.id(),
                Set.of(CustomerDataField.QUALIFICATION_DOCUMENTS), TODAY), List.of(CollectionAuthorisation.purposesStated(
                "PROBE-COL1", customer.id(), Set.of(DataUsePurpose.CONTRACT_REVIEW), "E-1", TODAY)));
    }
}
