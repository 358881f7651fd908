package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.write;
import static org.crmpolicy.rules.ContactFixtures.at;
import static org.crmpolicy.rules.ContactFixtures.phone;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.PeriodKind;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.crmpolicy.rules.obligations.ComplianceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy versions in force by date (A8, issue 16): a host registers versions with their {@code valid from} dates and
 * every evaluation is judged by the version in force at its instant. The example of the issue: the June policy (the
 * shipped C2 row, a general customer phoned once a month) and a September revision (phoned twice a month).
 */
class PolicyVersionsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String C2_ROW = "C2 BU head phones each general customer at least once a month";

    /** The September revision: C2 asks for two calls a month. */
    static String twiceAMonth() {
        return """
                package org.crmpolicy.rules;
                import org.crmpolicy.contact.Channel;
                import org.crmpolicy.contact.ContactRole;
                import org.crmpolicy.customer.Tier;
                import org.crmpolicy.obligation.ContactComplianceContext;
                import org.crmpolicy.obligation.ContactObligation;
                import org.crmpolicy.obligation.PeriodKind;

                rule "%s"
                when
                    ContactComplianceContext()
                then
                    insert( ContactObligation.of( "C2", "BU head phones each general customer at least twice a month" )
                            .by( ContactRole.BU_HEAD ).forTiers( Tier.GENERAL )
                            .per( PeriodKind.MONTH ).atLeast( 2 ).via( Channel.PHONE ).atRiskWorkingDaysBeforeEnd( 3 ) );
                end
                """.formatted(C2_ROW);
    }

    @TempDir
    static Path september;

    static VersionedPolicy policy;

    @BeforeAll
    static void registerTheJuneAndTheSeptemberPolicies() {
        write(september, "c2-overrides.drl", twiceAMonth());
        policy = CrmPolicy.versioned()
                .version("2025-06", LocalDate.of(2025, 6, 1))                                   // the shipped tables
                .version("2025-09", LocalDate.of(2025, 9, 1), v -> v.ruleDirectory(september))  // the revision
                .build();
    }

    static final Customer GENERAL = Fixtures.aGeneralCustomer("C-G").since(LocalDate.of(2024, 1, 1))
            .valueAssessment(Fixtures.anAssessment(LocalDate.of(2024, 12, 1))).build();

    /** The BU head phones the general customer once in each month from May to September 2025. */
    static final List<Contact> ONCE_A_MONTH = List.of(
            phone("C-G", ContactRole.BU_HEAD, "2025-05-12T10:00"),
            phone("C-G", ContactRole.BU_HEAD, "2025-06-10T10:00"),
            phone("C-G", ContactRole.BU_HEAD, "2025-07-08T10:00"),
            phone("C-G", ContactRole.BU_HEAD, "2025-08-12T10:00"),
            phone("C-G", ContactRole.BU_HEAD, "2025-09-09T10:00"));

    static ComplianceRequest request(Instant asOf) {
        return ComplianceRequest.of(List.of(GENERAL), ONCE_A_MONTH, asOf);
    }

    static Period month(int year, int month) {
        return PeriodKind.MONTH.containing(LocalDate.of(year, month, 1), SHANGHAI);
    }

    static ObligationStatus c2(ComplianceReport report, Period month) {
        return report.statuses(GENERAL.id(), "C2").stream()
                .filter(s -> s.period().end().equals(month.end())).findFirst()
                .orElseThrow(() -> new AssertionError("no C2 status for " + month.label() + " in " + report.statuses()));
    }

    // ------------------------------------------------------------------ the example of the issue

    @Test
    void aComplianceRunAsOfJune30UsesTheJunePolicyEvenAfterTheSeptemberRevisionIsRegistered() {
        // when
        ComplianceReport report = policy.compliance(request(at("2025-06-30T00:00")));

        // then: May's one call meets the June policy's C2 (it would not meet September's)
        assertThat(policy.inForceAt(at("2025-06-30T00:00")).label()).isEqualTo("2025-06");
        assertThat(c2(report, month(2025, 5)).state()).isEqualTo(ObligationState.MET);
        assertThat(report.findings("C2")).isEmpty();
        assertThat(report.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.evidence()).containsEntry(VersionedPolicy.POLICY_VERSION, "2025-06"));
    }

    @Test
    void aComplianceRunAsOfSeptember30UsesTheSeptemberRevision() {
        // when
        ComplianceReport report = policy.compliance(request(at("2025-09-30T00:00")));

        // then: August's one call falls short of September's two, and the finding names the version
        assertThat(policy.inForceAt(at("2025-09-30T00:00")).label()).isEqualTo("2025-09");
        assertThat(c2(report, month(2025, 8)).state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(report.findings("C2")).filteredOn(Finding::isViolation).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("period", "2025-08"))
                .satisfies(f -> assertThat(f.evidence()).containsEntry("policyVersion", "2025-09"));
    }

    @Test
    void theSamePortfolioIsJudgedDifferentlyOnlyByTheVersionsOwnRules() {
        // the unversioned policies agree with the versions: June = shipped, September = the revision
        ComplianceReport shipped = Fixtures.policy().obligations().compliance(request(at("2025-09-30T00:00")));
        assertThat(c2(shipped, month(2025, 8)).state()).isEqualTo(ObligationState.MET);
        assertThat(shipped.findings()).noneMatch(f -> f.evidence().containsKey(VersionedPolicy.POLICY_VERSION));
    }

    // ------------------------------------------------------------------ the day before and the day of the revision

    @ParameterizedTest(name = "{0} Asia/Shanghai is judged by {1}")
    @CsvSource({
            "2025-06-01T00:00, 2025-06",
            "2025-08-31T00:00, 2025-06",
            "2025-08-31T23:59:59.999999999, 2025-06",
            "2025-09-01T00:00, 2025-09",
            "2025-09-01T12:00, 2025-09",
            "2026-12-31T23:59, 2025-09"})
    void theVersionInForceIsTheLatestWhoseDateIsOnOrBeforeTheDayOfTheInstant(String local, String version) {
        assertThat(policy.inForceAt(at(local)).label()).isEqualTo(version);
    }

    @Test
    void theInstantIsReadAsADateInThePolicysZoneNotInUtc() {
        // 2025-08-31T16:00Z is 2025-09-01 00:00 in Shanghai: the revision is in force; one instant earlier it is not
        assertThat(policy.inForceAt(Instant.parse("2025-08-31T16:00:00Z")).label()).isEqualTo("2025-09");
        assertThat(policy.inForceAt(Instant.parse("2025-08-31T15:59:59.999Z")).label()).isEqualTo("2025-06");
        assertThat(policy.inForceOn(LocalDate.of(2025, 8, 31)).label()).isEqualTo("2025-06");
        assertThat(policy.inForceOn(LocalDate.of(2025, 9, 1)).label()).isEqualTo("2025-09");
    }

    @Test
    void eachVersionIsCompiledOnceAndServesEveryCallOfItsDays() {
        assertThat(policy.inForceAt(at("2025-09-02T00:00")).policy())
                .isSameAs(policy.inForceAt(at("2025-12-01T00:00")).policy())
                .isNotSameAs(policy.inForceAt(at("2025-08-01T00:00")).policy());
        assertThat(policy.versions()).extracting(PolicyVersion::label).containsExactly("2025-06", "2025-09");
        assertThat(policy.versions().get(1)).hasToString("2025-09 (valid from 2025-09-01)");
        assertThat(policy.inForceAt(at("2025-09-02T00:00")).policy().ruleDirectory()).contains(september);
    }

    @Test
    void aTierDecisionsFindingsNameTheVersion() {
        Customer noManager = Fixtures.aKeyCustomer("C-K").accountManagerId(null)
                .valueAssessment(Fixtures.anAssessment(LocalDate.of(2024, 12, 1))).build();
        TierDecision d = policy.classify(noManager, at("2025-09-01T00:00"));
        assertThat(d.findings("T9")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("policyVersion", "2025-09"));
    }

    // ------------------------------------------------------------------ a backtest across the revision

    @Test
    void aBacktestAcrossTheRevisionJudgesEachMonthByTheVersionInForceOnItsLastDay() {
        // when: June to September, one call a month
        List<JudgedPeriod> judged = policy.backtest(request(at("2025-06-01T00:00")),
                List.of(month(2025, 6), month(2025, 7), month(2025, 8), month(2025, 9)));

        // then: June-August by the June policy (met), September by the revision (one call of two: overdue)
        assertThat(judged).extracting(JudgedPeriod::policyVersion).containsExactly("2025-06", "2025-06", "2025-06",
                "2025-09");
        assertThat(judged).extracting(j -> c2(j.report(), j.period()).state()).containsExactly(ObligationState.MET,
                ObligationState.MET, ObligationState.MET, ObligationState.OVERDUE);
        assertThat(judged.subList(0, 3)).allSatisfy(j -> assertThat(j.findings("C2")).isEmpty());
        JudgedPeriod september = judged.get(3);
        assertThat(september.report().asOf()).isEqualTo(at("2025-10-01T00:00"));
        assertThat(september.findings("C2")).singleElement().satisfies(f -> {
            assertThat(f.isViolation()).isTrue();
            assertThat(f.evidence()).containsEntry("period", september.period().label())
                    .containsEntry("policyVersion", "2025-09");
        });
    }

    @Test
    void aJudgedPeriodKeepsOnlyTheObligationsThatCloseWithinIt() {
        // as of 2025-10-01 the revision would also find August short: but August is judged by June's policy
        JudgedPeriod september = policy.backtest(request(at("2025-06-01T00:00")), List.of(month(2025, 9))).get(0);
        assertThat(september.statuses()).allSatisfy(s -> assertThat(s.period().end())
                .isAfter(month(2025, 9).start()).isBeforeOrEqualTo(month(2025, 9).end()));
        assertThat(september.statuses()).extracting(s -> s.ruleId().value()).contains("C2");
        assertThat(september.findings()).allSatisfy(f -> assertThat(f.evidence().get("period"))
                .isNotEqualTo(month(2025, 8).label()));
        assertThat(september).hasToString(month(2025, 9).label() + " judged by 2025-09 (valid from 2025-09-01): "
                + september.findings().size() + " finding(s)");
    }

    @Test
    void aRevisionTakingEffectOnThePeriodsFirstDayIsNotUsedForThePeriodBefore() {
        // August ends at 2025-09-01T00:00, the revision's first instant: August is still judged by June's policy
        JudgedPeriod august = policy.backtest(request(at("2025-06-01T00:00")), List.of(month(2025, 8))).get(0);
        assertThat(august.policyVersion()).isEqualTo("2025-06");
        assertThat(august.report().asOf()).isEqualTo(at("2025-09-01T00:00"));
        assertThat(c2(august.report(), month(2025, 8)).state()).isEqualTo(ObligationState.MET);
    }

    // ------------------------------------------------------------------ the lint's refusals

    @Test
    void twoVersionsWithTheSameDateAreRefusedNamingBoth() {
        assertThatThrownBy(() -> CrmPolicy.versioned()
                .version("2025-09", LocalDate.of(2025, 9, 1))
                .version("2025-09-fix", LocalDate.of(2025, 9, 1))
                .build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).singleElement()
                        .extracting(RuleProblem::message).asString()
                        .contains("\"2025-09\" and \"2025-09-fix\" both take effect on 2025-09-01"));
    }

    @Test
    void aVersionThatLeavesACatalogueIdWithoutARuleIsRefusedNamingTheId(@TempDir Path dir) {
        // given: a version that switches off the only T9 rule
        write(dir, "tiers-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.customer.Customer;

                rule "T9 A strategic or key customer must have a dedicated account manager"
                    enabled false
                when
                    Customer()
                then
                end
                """);

        // when / then
        assertThatThrownBy(() -> CrmPolicy.versioned()
                .version("2025-06", LocalDate.of(2025, 6, 1))
                .version("2025-12", LocalDate.of(2025, 12, 1), v -> v.ruleDirectory(dir))
                .build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.file()).isEqualTo(dir.toString()))
                        .extracting(RuleProblem::message).asString()
                        .contains("policy version \"2025-12\" (valid from 2025-12-01) leaves catalogue ID T9")
                        .contains("without a rule"));
    }

    @Test
    void aVersionWhoseRulesDoNotCompileIsRefusedNamingTheVersionAndTheLine(@TempDir Path dir) {
        write(dir, "company.drl", AuthoringFixtures.drl("""
                rule "T9 A broken company rule"
                when
                    Customer( turnover > 5 )
                then
                end
                """));
        assertThatThrownBy(() -> CrmPolicy.versioned().version("2025-12", LocalDate.of(2025, 12, 1),
                v -> v.ruleDirectory(dir)).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).first()
                        .satisfies(p -> assertThat(p.file()).isEqualTo("company.drl"))
                        .satisfies(p -> assertThat(p.line()).isEqualTo(8))
                        .extracting(RuleProblem::message).asString()
                        .startsWith("policy version \"2025-12\" (valid from 2025-12-01): ").contains("turnover"));
    }

    // ------------------------------------------------------------------ bad input names the field

    @Test
    void noVersionsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CrmPolicy.versioned().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("versions: none registered");
    }

    @Test
    void aNullDateIsRefusedNamingTheFieldAndTheVersion() {
        assertThatThrownBy(() -> CrmPolicy.versioned().version("2025-09", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("validFrom (of policy version 2025-09)");
    }

    @Test
    void aNullOrBlankOrRepeatedLabelIsRefusedNamingTheField() {
        LocalDate day = LocalDate.of(2025, 9, 1);
        assertThatThrownBy(() -> CrmPolicy.versioned().version(null, day))
                .isInstanceOf(NullPointerException.class).hasMessage("label");
        assertThatThrownBy(() -> CrmPolicy.versioned().version(" ", day))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("label = ' '");
        assertThatThrownBy(() -> CrmPolicy.versioned().version("2025-09", day).version("2025-09", day.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("label = '2025-09'")
                .hasMessageContaining("already registered");
        assertThatThrownBy(() -> CrmPolicy.versioned().version("2025-09", day, null))
                .isInstanceOf(NullPointerException.class).hasMessage("configure (of policy version 2025-09)");
    }

    @Test
    void anInstantBeforeTheFirstVersionIsACallerErrorNamingTheInstantAndTheFirstVersion() {
        assertThatThrownBy(() -> policy.inForceAt(at("2025-05-31T23:59")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("asOf = 2025-05-31T15:59:00Z (2025-05-31 in Asia/Shanghai) is before the first "
                        + "policy version 2025-06 (valid from 2025-06-01)");
        assertThatThrownBy(() -> policy.compliance(request(at("2025-05-01T00:00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("asOf = ");
        assertThatThrownBy(() -> policy.backtest(request(at("2025-06-01T00:00")), List.of(month(2025, 5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("periods[0] = " + month(2025, 5).label() + " (last day 2025-05-31)");
    }

    @Test
    void nullInstantsAndPeriodsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> policy.inForceAt(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> policy.inForceOn(null)).isInstanceOf(NullPointerException.class).hasMessage("day");
        assertThatThrownBy(() -> policy.backtest(request(at("2025-06-01T00:00")), java.util.Arrays.asList(
                month(2025, 6), null))).isInstanceOf(NullPointerException.class).hasMessage("periods[1]");
    }

    @Test
    void versionsInDifferentZonesAreRefused() {
        assertThatThrownBy(() -> CrmPolicy.versioned()
                .version("2025-06", LocalDate.of(2025, 6, 1))
                .version("2025-09", LocalDate.of(2025, 9, 1), v -> v.zone(ZoneId.of("Europe/Berlin")))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone of policy version 2025-09 (valid from 2025-09-01) = Europe/Berlin");
    }
}
