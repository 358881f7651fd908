package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.Fixtures.AS_OF;
import static org.crmpolicy.rules.Fixtures.aContractedCustomer;
import static org.crmpolicy.rules.Fixtures.aKeyCustomer;
import static org.crmpolicy.rules.Fixtures.zhangWei;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.rules.evaluation.InvalidFactException.Violation;
import org.junit.jupiter.api.Test;
import org.crmpolicy.rules.tiers.Tiers;
import org.crmpolicy.rules.evaluation.InvalidFactException;

/** The façade's contract with a host: bad input, personal data, ordering, threads, clocks. */
class FacadeContractTest {

    private static final CrmPolicy POLICY = Fixtures.policy();

    @Test
    void aNullCustomerIsRefusedByName() {
        assertThatThrownBy(() -> POLICY.classify(null, AS_OF))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customer must not be null");
    }

    @Test
    void aNullAsOfIsRefusedByName() {
        assertThatThrownBy(() -> POLICY.classify(aKeyCustomer("C-1").build(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf must not be null");
    }

    @Test
    void everyBadFieldIsNamedWithItsValueInOneError() {
        Customer bad = Customer.builder(null, " ").annualVolume("-1.00").province("").contractStatus(null)
                .since(LocalDate.of(2020, 1, 1)).build();

        assertThatThrownBy(() -> POLICY.classify(bad, AS_OF))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field)
                            .containsExactly("annualVolume", "contractStatus", "id", "name", "province");
                    assertThat(e.violations()).filteredOn(v -> v.field().equals("annualVolume"))
                            .singleElement().extracting(Violation::value).isEqualTo("-1.00");
                    assertThat(e.getMessage()).contains("annualVolume = -1.00: must be greater than or equal to 0");
                });
    }

    @Test
    void aVolumeWithMoreThanTwoDecimalsIsRefused() {
        assertThatThrownBy(() -> POLICY.classify(aKeyCustomer("C-1").annualVolume("100.001").build(), AS_OF))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageContaining("customer C-1 is invalid: annualVolume = 100.001");
    }

    @Test
    void aCustomerThatDidNotExistYetIsRefused() {
        assertThatThrownBy(() -> POLICY.classify(aKeyCustomer("C-1").since(LocalDate.of(2026, 1, 1)).build(), AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer C-1: since = 2026-01-01 is after asOf 2025-11-24; the customer did not exist yet");
    }

    @Test
    void personalDataOfAnInvalidContactPersonIsMaskedInTheError() {
        ContactPerson badEmail = new ContactPerson("张伟", "采购部经理", "13812345678", "not-an-email", LocalDate.of(1980, 6, 15));
        Customer c = aKeyCustomer("C-1").contactPerson(badEmail).build();

        assertThatThrownBy(() -> POLICY.classify(c, AS_OF))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> {
                    assertThat(e.violations()).singleElement()
                            .isEqualTo(new Violation("contactPersons[0].email", "***", "must be a well-formed email address"));
                    assertThat(e.getMessage()).doesNotContain("not-an-email", "张伟", "13812345678");
                });
    }

    @Test
    void personalDataNeverAppearsInToStringOrInTheLogOfAFullRun() {
        // given a customer with personal data, and everything the library writes to stderr (slf4j-simple) captured
        Customer c = aKeyCustomer("C-1").accountManagerId(null).contactPerson(zhangWei()).build();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String decisionText;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            // when a fresh policy is built and used (its build logs at INFO)
            CrmPolicy fresh = CrmPolicy.standard();
            decisionText = fresh.classify(c, AS_OF).toString();
        } finally {
            System.setErr(original);
        }
        // then no personal datum appears anywhere
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("rule base compiled");
        for (String personal : List.of("张伟", "13812345678", "zhang.wei@example.cn", "1980-06-15")) {
            assertThat(log).doesNotContain(personal);
            assertThat(decisionText).doesNotContain(personal);
            assertThat(c.toString()).doesNotContain(personal);
        }
        assertThat(c.contactPersons().get(0).toString()).startsWith("ContactPerson[name=张*, position=采购部经理, phone=***");
    }

    @Test
    void classifyAllKeepsInputOrderAcrossChunks() {
        List<Customer> customers = manyCustomers(Tiers.CHUNK + 7);

        List<TierDecision> decisions = POLICY.tiers().classifyAll(customers, AS_OF);

        assertThat(decisions).extracting(TierDecision::customerId)
                .containsExactlyElementsOf(customers.stream().map(Customer::id).toList());
        for (int i = 0; i < customers.size(); i++) {
            assertThat(decisions.get(i)).isEqualTo(POLICY.classify(customers.get(i), AS_OF));
        }
    }

    @Test
    void classifyAllRefusesDuplicateIds() {
        assertThatThrownBy(() -> POLICY.tiers().classifyAll(List.of(aKeyCustomer("C-1").build(), aKeyCustomer("C-1").build()), AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers: customer id C-1 appears more than once");
    }

    @Test
    void classifyAllNamesTheIndexOfAnInvalidCustomer() {
        List<Customer> customers = List.of(aKeyCustomer("C-1").build(), aKeyCustomer("C-2").annualVolume("-5").build());

        assertThatThrownBy(() -> POLICY.tiers().classifyAll(customers, AS_OF))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageStartingWith("customers[1] C-2 is invalid: annualVolume = -5");
    }

    @Test
    void withoutAClockTheNoAsOfVariantRefusesToGuessTheTime() {
        assertThatThrownBy(() -> POLICY.classify(aKeyCustomer("C-1").build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no clock configured");
    }

    @Test
    void fourThreadsClassifyingTheSameTenThousandCustomersGetIdenticalDecisions() throws Exception {
        List<Customer> customers = manyCustomers(10_000);
        List<TierDecision> reference = POLICY.tiers().classifyAll(customers, AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TierDecision>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> POLICY.tiers().classifyAll(customers, AS_OF)));
            }
            for (Future<List<TierDecision>> run : runs) {
                assertThat(run.get()).isEqualTo(reference);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reference).extracting(TierDecision::tier).contains(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL, Tier.RESERVE);
    }

    /** A varied, deterministic set: every tier, failing ratings, missing account managers. */
    static List<Customer> manyCustomers(int n) {
        CustomerCategory[] kinds = CustomerCategory.values();
        CreditRating[] ratings = CreditRating.values();
        List<Customer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            var b = i % 10 == 0 ? Fixtures.aProspect("X-" + i)
                    : i % 17 == 0 ? Fixtures.aStrategicPartner("X-" + i)
                    : aContractedCustomer("X-" + i).categories(kinds[i % kinds.length]);
            b.annualVolume(String.valueOf((i * 7919L) % 300_000)).creditRating(ratings[i % ratings.length]);
            if (i % 13 == 0) {
                b.accountManagerId(null);
            }
            all.add(b.build());
        }
        return all;
    }
}
