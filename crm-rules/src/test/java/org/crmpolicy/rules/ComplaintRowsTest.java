package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.write;
import static org.crmpolicy.rules.ComplaintFixtures.CLERK;
import static org.crmpolicy.rules.ComplaintFixtures.T0;
import static org.crmpolicy.rules.ComplaintFixtures.aRegistration;
import static org.crmpolicy.rules.ComplaintFixtures.at;
import static org.crmpolicy.rules.ComplaintFixtures.received;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complaint deadlines D5 (respond 24 hours, plan 48 hours) and D6 (on site 24 hours in the home province, 48
 * outside) are table rows ({@code "D5 Table: ..."}) with a clock-time length: a host overrides one row with one rule
 * of its name (or one decision-table row) and that changes exactly that deadline, every other row stays in force.
 */
class ComplaintRowsTest {

    static final String D5_RESPONSE = "D5 Table: the time a complaint is responded to within";

    private static final CrmPolicy SHIPPED = CrmPolicy.standard();
    private static CrmPolicy hostD5;

    @BeforeAll
    static void buildHost(@TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.complaint.Complaint;
                import org.crmpolicy.deadline.DeadlineTerm;

                rule "%s"
                when exists Complaint()
                then insertLogical( DeadlineTerm.clockTerm( "D5", "12 hours", "RESPONSE", "respond to the customer", "FIRST_CONTACT" ) );
                end
                """.formatted(D5_RESPONSE));
        hostD5 = CrmPolicy.builder().ruleDirectory(dir).build();
    }

    /** Received at T0, registered an hour later with on-site handling in {@code province}. */
    private static Complaint onSiteIn(String province) {
        return received().register(aRegistration(province), CLERK, at(1), "form filled");
    }

    /** Every D5 and D6 deadline of a complaint on site in the home province and of one outside it, as of hour 2. */
    private static Map<String, Instant> everyDeadline(CrmPolicy policy) {
        Map<String, Instant> due = new LinkedHashMap<>();
        for (String province : new String[] {"四川", "广东"}) {
            policy.complaints().assess(onSiteIn(province), at(2)).deadlines().stream()
                    .filter(d -> d.ruleId().value().equals("D5") || d.ruleId().value().equals("D6"))
                    .forEach(d -> due.put(province + " " + d.ruleId().value() + " " + d.obligation(), d.due()));
        }
        return due;
    }

    @Test
    void aOneRowOverrideOfTheResponseTimeChangesThatDeadlineAndNoOther() {
        Map<String, Instant> host = everyDeadline(hostD5);
        Map<String, Instant> shipped = everyDeadline(SHIPPED);

        assertThat(shipped).hasSize(6)
                .containsEntry("四川 D5 respond to the customer", at(24))
                .containsEntry("四川 D5 give the customer a handling plan", at(48))
                .containsEntry("四川 D6 be on site (in the home province)", at(25))
                .containsEntry("广东 D6 be on site (outside the home province, 广东)", at(49));
        assertThat(host).containsEntry("四川 D5 respond to the customer", at(12))
                .containsEntry("广东 D5 respond to the customer", at(12));
        host.keySet().removeIf(k -> k.endsWith("D5 respond to the customer"));
        shipped.keySet().removeIf(k -> k.endsWith("D5 respond to the customer"));
        assertThat(host).isEqualTo(shipped);
    }

    @ParameterizedTest(name = "response {0} s after acceptance: host late {1}, shipped late {2}")
    @CsvSource({"43140, false, false", "43200, true, false", "86340, true, false", "86400, true, true"})
    void theResponseBoundMovesFrom24To12HoursOnBothSides(long seconds, boolean hostLate, boolean shippedLate) {
        // 11:59 / 12:00 and 23:59 / 24:00 after acceptance
        Complaint c = received().respond(CLERK, T0.plusSeconds(seconds), "called the customer back");

        assertThat(hostD5.complaints().assess(c, at(100)).findings("D5")
                .stream().filter(f -> f.message().contains("respond"))).hasSize(hostLate ? 1 : 0);
        assertThat(SHIPPED.complaints().assess(c, at(100)).findings("D5")
                .stream().filter(f -> f.message().contains("respond"))).hasSize(shippedLate ? 1 : 0);
    }

    @Test
    void theOverridingRowReplacesOnlyItsRowInTheCatalogue() {
        var shipped = SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList();

        assertThat(shipped).contains(D5_RESPONSE, "D5 Table: the time a complaint gets a handling plan within",
                "D6 Table: the time to be on site within in the home province",
                "D6 Table: the time to be on site within outside the home province");
        assertThat(hostD5.catalogue().rules()).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(hostD5.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl"))
                .extracting(r -> r.name()).containsExactly(D5_RESPONSE);
    }

    @ParameterizedTest(name = "on site {0} s after the acceptance form outside the home province: late {1}")
    @CsvSource({"259140, false", "259200, true"})
    void aDecisionTableRowSetsTheOutsideTimeAndLeavesTheHomeProvinceRowInForce(long seconds, boolean late,
                                                                              @TempDir Path dir) {
        write(dir, "complaints.csv", "rule,row,value\nD6,the time to be on site within outside the home province,"
                + "3 calendar days\n");
        CrmPolicy host = CrmPolicy.builder().ruleDirectory(dir).build();

        Map<String, Instant> changed = everyDeadline(host);
        Map<String, Instant> shipped = everyDeadline(SHIPPED);
        String outside = "广东 D6 be on site (outside the home province, 广东)";
        assertThat(changed).containsEntry(outside, at(1).plus(Duration.ofDays(3)));
        changed.remove(outside);
        shipped.remove(outside);
        assertThat(changed).isEqualTo(shipped);

        Complaint there = onSiteIn("广东").arriveOnSite(CLERK, at(1).plusSeconds(seconds), "engineer on site");
        assertThat(host.complaints().assess(there, at(100)).findings("D6")).hasSize(late ? 1 : 0);
    }

    @Test
    void aDecisionTableRowInWorkingDaysIsRefusedNamingItsCell(@TempDir Path dir) {
        write(dir, "complaints.csv", "rule,row,value\nD5,the time a complaint gets a handling plan within,"
                + "2 working days\n");

        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("complaints.csv:2:C: \"2 working days\" is"
                                + " not a clock-time length")));
    }
}
