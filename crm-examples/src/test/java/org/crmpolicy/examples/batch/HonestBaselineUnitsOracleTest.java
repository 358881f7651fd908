package org.crmpolicy.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.examples.baseline.HonestCompliance;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.Test;

/**
 * The honest baseline follows business units as the rules do (issue 15): the generated portfolio of
 * {@link HonestBaselineOracleTest}, its customers spread over three units and a remainder of none, the BU heads' and
 * salespeople's contacts recorded for their unit — mostly the customer's, sometimes another, sometimes none — gives the
 * same C and R findings, per customer and per unit.
 */
class HonestBaselineUnitsOracleTest {

    static final int CUSTOMERS = 3_000;
    static final List<BusinessUnit> UNITS = List.of(BusinessUnit.of("BU-East", "华东业务部"),
            BusinessUnit.of("BU-West", "西南业务部"), BusinessUnit.of("BU-North", "华北业务部"));
    static final BusinessUnit SOUTH = BusinessUnit.of("BU-South", "华南业务部");

    @Test
    void honestBaselineAndRulesGiveTheSameFindingsForAPortfolioWithBusinessUnits() {
        // given
        if (HonestBaselineOracleTest.portfolio == null) {
            HonestBaselineOracleTest.portfolio();
        }
        List<CustomerContacts> portfolio = new ArrayList<>(CUSTOMERS);
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerContacts cc = HonestBaselineOracleTest.portfolio.get(i);
            // BU-South: a few customers whose every unit-role contact is recorded for BU-East, so it misses its C10 days
            boolean south = i % 101 == 0;
            BusinessUnit unit = south ? SOUTH : i % 10 == 9 ? null : UNITS.get(i % 3);
            Customer c = cc.customer().toBuilder().businessUnit(unit).build();
            List<Contact> contacts = new ArrayList<>(cc.contacts().size());
            int n = 0;
            for (Contact k : cc.contacts()) {
                n++;
                boolean unitRole = k.role() == ContactRole.BU_HEAD || k.role() == ContactRole.SALES_STAFF;
                BusinessUnit actedFor = !unitRole ? null
                        : south ? UNITS.get(0)
                        : n % 5 == 0 ? null
                        : n % 7 == 0 ? UNITS.get((i + 1) % 3)
                        : unit;
                contacts.add(k.forUnit(actedFor));
            }
            portfolio.add(new CustomerContacts(c, contacts, cc.events()));
        }
        List<Finding> byRules = new ArrayList<>();
        BatchSink sink = new BatchSink() {
            @Override
            public void findings(List<Finding> findings) {
                for (Finding f : findings) {
                    if (HonestBaselineOracleTest.COMPARED.contains(f.ruleId().value())) {
                        byRules.add(f);
                    }
                }
            }
        };
        HonestCompliance honest = HonestBaselineOracleTest.honest();
        List<Finding> byHonest = new ArrayList<>();

        // when
        HonestBaselineOracleTest.policy.batch().run(portfolio.iterator(), HonestBaselineOracleTest.AS_OF, sink);
        HonestCompliance.Tally tally = new HonestCompliance.Tally();
        for (CustomerContacts cc : portfolio) {
            honest.customer(cc, tally, byHonest::add);
        }
        honest.finish(tally, byHonest::add);

        // then
        List<Finding> onlyRules = HonestBaselineOracleTest.minus(byRules, byHonest);
        List<Finding> onlyHonest = HonestBaselineOracleTest.minus(byHonest, byRules);
        if (!onlyRules.isEmpty() || !onlyHonest.isEmpty()) {
            System.out.println(HonestBaselineOracleTest.firstDifferences(onlyRules, onlyHonest, 20));
        }
        assertThat(onlyRules).as("findings of the rules the honest baseline does not give").isEmpty();
        assertThat(onlyHonest).as("findings of the honest baseline the rules do not give").isEmpty();
        assertThat(byHonest).hasSameSizeAs(byRules);
        // not vacuous: units' own findings and unit evidence on customers' findings
        assertThat(byHonest).extracting(Finding::subjectId).contains("COMPANY/unit:BU-South", ObligationStatus.COMPANY);
        assertThat(byHonest).anyMatch(f -> f.evidence().containsKey("business unit")
                && !ObligationStatus.isCompanySubject(f.subjectId()));
    }
}
