package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.DocumentOnFile;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.approval.QualificationDocument;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.information.AccessLogEntry;
import org.crmpolicy.information.ConfidentialityCommitment;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.CustomerInformationUpdate;
import org.crmpolicy.information.CustomerInformationUse;
import org.crmpolicy.information.DataUsePurpose;
import org.crmpolicy.information.UpdateLogEntry;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.approvals.Approvals;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * I3: personal data (phone, email, birthday, a person's name) never appears in logs, exception messages or
 * {@code toString()}. A full run through the façade with sample personal data, capturing everything written to
 * standard out and standard error (where the SLF4J simple logger writes; the test configuration logs
 * {@code org.crmpolicy} at TRACE), then searching it.
 */
class PersonalDataNeverLeaksTest {

    private static final String NAME = "张伟";
    private static final String PHONE = "13812345678";
    private static final String EMAIL = "zhang.wei@example.cn";
    private static final String BIRTHDAY = "1980-06-15";
    private static final List<String> PERSONAL = List.of(NAME, PHONE, EMAIL, "zhang.wei", BIRTHDAY, "1980");

    @Test
    void i3AFullRunLeavesNoPersonalDataInLogsExceptionsOrToString() {
        // given
        List<String> texts = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            // when: build the policy (its compile log included) and run every kind of call with personal data in play
            CrmPolicy policy = CrmPolicy.standard();
            Approvals approvals = policy.approvals();
            ContactPerson zhang = Fixtures.zhangWei();
            Customer customer = Fixtures.aKeyCustomer("C-700").since(LocalDate.of(2025, 1, 1)).firstContractDate(null)
                    .contactPerson(zhang).build();

            TierDecision decision = policy.classify(customer, Fixtures.AS_OF);
            ContractSigning signing = ContractSigning.of("HT-7", customer, Money.cny("4200.00"), DAY,
                    List.of(EarlierContract.of("HT-6", "100.00", DAY.minusDays(30))));
            ContractSigning first = ContractSigning.first("HT-8", customer, Money.cny("4200.00"), DAY);
            ApprovalPlan plan = approvals.plan(first);
            Approval approval = Approval.of(signing, ApproverLevel.BOARD, "EMP-9", DAY);
            List<Finding> checked = approvals.check(first, List.of(approval),
                    List.of(new DocumentOnFile(customer.id(), QualificationDocument.BUSINESS_LICENCE, DAY)));
            List<Finding> checkedSigning = approvals.check(signing, List.of(approval), List.of());
            CustomerInformationUse use = new CustomerInformationUse("USE-7", customer.id(), "EMP-9",
                    DataUsePurpose.ADVERTISING, Set.of(CustomerDataField.CONTACT_PHONE), DAY);
            AccessLogEntry log = new AccessLogEntry("USE-7", customer.id(), "EMP-9", Instant.parse("2025-11-24T04:00:00Z"),
                    DataUsePurpose.ADVERTISING, "called " + PHONE + " and wrote to " + EMAIL);
            List<Finding> useFindings = approvals.check(use, List.of(), List.of(log, new ConfidentialityCommitment("EMP-9", DAY)));
            UpdateLogEntry updateLog = new UpdateLogEntry("UP-7", Instant.parse("2025-11-24T04:00:00Z"),
                    "phone changed to " + PHONE + ", birthday " + BIRTHDAY, "EMP-9");
            CustomerInformationUpdate update = new CustomerInformationUpdate("UP-7", customer.id(),
                    Set.of(CustomerDataField.CONTACT_PHONE, CustomerDataField.CONTACT_BIRTHDAY), DAY);
            List<Finding> updateFindings = approvals.check(update, List.of(), List.of(updateLog));

            Customer broken = customer.toBuilder().contactPerson(new ContactPerson(NAME, "经理", PHONE + "x", "zhang.wei@", LocalDate.of(1980, 6, 15))).build();
            Throwable invalid = catchThrowable(() -> approvals.plan(ContractSigning.first("HT-9", broken, Money.cny("1"), DAY)));
            Throwable invalidClassify = catchThrowable(() -> policy.classify(broken, Fixtures.AS_OF));
            Throwable tooEarly = catchThrowable(() -> ContractSigning.first("HT-10", customer, Money.cny("1"), LocalDate.of(2020, 1, 1)));

            for (Object o : List.of(zhang, customer, decision, signing, first, plan, approval, checked, checkedSigning, use,
                    log, useFindings, updateLog, update, updateFindings, broken)) {
                texts.add(String.valueOf(o));
            }
            for (Throwable t : List.of(invalid, invalidClassify, tooEarly)) {
                assertThat(t).isNotNull();
                texts.add(t.toString());
                texts.add(String.valueOf(t.getMessage()));
            }
            plan.findings().forEach(f -> texts.add(f.evidence().toString()));
            checked.forEach(f -> texts.add(f.evidence().toString()));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        texts.add(logs);

        // then: the run did log (the compile line at least), and no text holds any of the personal data
        assertThat(logs).contains("crm-policy rule base compiled");
        assertThat(texts).hasSizeGreaterThan(20);
        for (String text : texts) {
            for (String personal : PERSONAL) {
                assertThat(text).as("personal data '%s' must not appear", personal).doesNotContain(personal);
            }
        }
    }
}
