package org.crmpolicy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.RoleAssignment;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.InstallmentSchedule;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.OverdueDelivery;
import org.crmpolicy.deadline.ReportCadence;
import org.crmpolicy.deadline.ReportKind;
import org.crmpolicy.deadline.ReportPeriod;
import org.crmpolicy.deadline.ReportSubmission;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.deadline.Shipment;
import org.crmpolicy.information.CollectionAuthorisation;
import org.crmpolicy.information.CustomerDataCollection;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.DataUsePurpose;
import org.crmpolicy.money.Money;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.reliability.Generators;
import org.crmpolicy.reliability.Generators.ContactSpec;
import org.crmpolicy.reliability.Generators.CustomerSpec;
import org.crmpolicy.reliability.Outcome;
import org.crmpolicy.reliability.PersonalDataGuard;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.obligations.ComplianceRequest;

/**
 * Issue 20: every public entry of the façade, fed generated nasty input, returns a result or refuses it with a
 * documented caller error ({@link Outcome}); equal input gives equal results. The number of tries is jqwik's default
 * ({@code jqwik.tries.default} in {@code junit-platform.properties}: the CI size); the nightly size is
 * {@code -Djqwik.tries.default=10000}. Seeds are fixed, so a run is repeatable.
 */
class FacadePropertyTest {

    private static final CrmPolicy POLICY = CrmPolicy.standard();

    static {
        // the tries reach years 1900-2199, which the calendar has no holiday data for: its missing-year warnings (the
        // subject of CalendarWarningsTest and ShrunkDefectsTest) are used up here, captured, so that none prints
        org.crmpolicy.reliability.Console.captured(
                () -> POLICY.calendar().plusWorkingDays(Instant.parse("2100-01-01T00:00:00Z"), 20_000));
    }

    @AfterContainer
    static void noPersonalDataSeen() {
        PersonalDataGuard.install();
        PersonalDataGuard.assertClean();
    }

    // ---------------------------------------------------------------- tiers

    @Property(seed = "20001")
    void classifyReturnsADecisionOrRefusesTheCustomer(@ForAll("customers") CustomerSpec spec, @ForAll("instants") Instant asOf) {
        Outcome first = Outcome.of("classify", () -> POLICY.classify(spec.build(), asOf));
        if (first.returned()) {
            TierDecision again = POLICY.classify(spec.build(), asOf);
            assertThat(again).isEqualTo(first.result());
        }
    }

    @Property(seed = "20002")
    void classifyAllReturnsOneDecisionPerCustomerInOrderOrRefuses(@ForAll("customerLists") List<CustomerSpec> specs,
                                                                  @ForAll("instants") Instant asOf,
                                                                  @ForAll @IntRange(min = -1, max = 5) int nullAt) {
        List<Customer> customers = Generators.buildable(specs);
        List<Customer> input = nullAt < 0 ? customers : withNull(customers, nullAt);
        Outcome o = Outcome.of("classifyAll", () -> POLICY.tiers().classifyAll(input, asOf));
        if (o.returned()) {
            List<TierDecision> decisions = o.result();
            assertThat(decisions).extracting(TierDecision::customerId).containsExactlyElementsOf(
                    customers.stream().map(Customer::id).toList());
        }
    }

    // ---------------------------------------------------------------- contact obligations

    @Property(seed = "20003")
    void complianceReturnsAReportOrRefuses(@ForAll("customerLists") List<CustomerSpec> customerSpecs,
                                           @ForAll("contactLists") List<ContactSpec> contactSpecs,
                                           @ForAll("instants") Instant asOf,
                                           @ForAll("instantsOrNull") Instant knownAt,
                                           @ForAll @IntRange(min = -1, max = 3) int nullAt) {
        List<Customer> customers = Generators.buildable(customerSpecs);
        List<org.crmpolicy.contact.Contact> contacts = Generators.buildableContacts(contactSpecs);
        Outcome o = Outcome.of("compliance", () -> POLICY.obligations().compliance(
                ComplianceRequest.of(nullAt == 0 ? withNull(customers, 0) : customers,
                        nullAt == 1 ? withNull(contacts, 1) : contacts, asOf).withKnownAt(knownAt)));
        if (o.returned()) {
            ComplianceReport again = POLICY.obligations().compliance(
                    ComplianceRequest.of(customers, contacts, asOf).withKnownAt(knownAt));
            assertThat(again).isEqualTo(o.result());
        }
    }

    @Property(seed = "20004")
    void complianceWithRoleHoldersAndEventsReturnsAReportOrRefuses(
            @ForAll("customerLists") List<CustomerSpec> customerSpecs, @ForAll("contactLists") List<ContactSpec> contactSpecs,
            @ForAll("roleHolders") List<RoleAssignment> roles, @ForAll("customerEvents") List<CustomerEvent> events,
            @ForAll("instants") Instant asOf) {
        List<Customer> customers = Generators.buildable(customerSpecs);
        List<org.crmpolicy.contact.Contact> contacts = Generators.buildableContacts(contactSpecs);
        Outcome.of("compliance with role holders and events", () -> POLICY.obligations().compliance(
                ComplianceRequest.of(customers, contacts, asOf).withRoleHolders(roles).withEvents(events)));
    }

    // ---------------------------------------------------------------- deadlines

    @Property(seed = "20005")
    void forInquiryGivesOneDeadlineOrRefuses(@ForAll("inquiryIds") String id, @ForAll InquiryChannel channel,
                                             @ForAll("severities") RequestSeverity severity,
                                             @ForAll("instantsOrNull") Instant receivedAt) {
        Outcome.of("deadlines.forInquiry", () -> POLICY.deadlines().forInquiry(new Inquiry(id, channel, severity, receivedAt)));
    }

    @Property(seed = "20006")
    void everySchedulingMethodGivesDeadlinesOrRefuses(@ForAll("inquiryIds") String contractId,
                                                      @ForAll("instantsOrNull") Instant at,
                                                      @ForAll("dueDates") List<LocalDate> dueDates) {
        Outcome.of("deadlines.forOverdueDelivery", () -> POLICY.deadlines().forOverdueDelivery(new OverdueDelivery(contractId, at)));
        Outcome.of("deadlines.forShipment", () -> POLICY.deadlines().forShipment(new Shipment(contractId, at)));
        Outcome.of("deadlines.forInstallments", () -> POLICY.deadlines().forInstallments(
                new InstallmentSchedule(contractId, at, dueDates)));
    }

    @Property(seed = "20007")
    void reportsDueListsReportsOrRefuses(@ForAll("datesOrNull") LocalDate from, @ForAll("datesOrNull") LocalDate to) {
        Outcome.of("deadlines.reportsDue", () -> POLICY.deadlines().reportsDue(from, to));
    }

    @Property(seed = "20014")
    void reportsGiveStatusesAndFindingsOrRefuse(@ForAll("datesOrNull") LocalDate from, @ForAll @IntRange(min = 0, max = 400) int days,
                                                @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 119) Integer> codes,
                                                @ForAll @Size(max = 4) List<@net.jqwik.api.constraints.LongRange(
                                                        min = -86_400L * 400, max = 86_400L * 400) Long> offsets,
                                                @ForAll("instantsOrNull") Instant asOf) {
        Outcome.of("deadlines.reports", () -> {
            List<ReportSubmission> submissions = new ArrayList<>();
            for (int i = 0; i < Math.min(codes.size(), offsets.size()); i++) {
                int code = codes.get(i);
                Instant at = Generators.NOW.plusSeconds(offsets.get(i));
                ReportPeriod period = ReportPeriod.containing(ReportCadence.values()[code / 8 % 3],
                        LocalDate.ofInstant(at, java.time.ZoneOffset.ofHours(8)).minusDays(code / 24 * 40L));
                submissions.add(new ReportSubmission(ReportKind.values()[code % 8], period, at, "BUSINESS_UNIT"));
            }
            LocalDate to = from == null || from.getYear() > 9000 ? from : from.plusDays(days);
            return POLICY.deadlines().reports(from, to, submissions, asOf);
        });
    }

    @Property(seed = "20008")
    void reviewGivesStatesAndFindingsOrRefuses(@ForAll("inquiryTimes") List<Instant> received,
                                               @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 11) Integer> eventCodes,
                                               @ForAll @Size(max = 5) List<@net.jqwik.api.constraints.LongRange(
                                                       min = -86_400L * 30, max = 86_400L * 400) Long> eventOffsets,
                                               @ForAll("instants") Instant asOf) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            deadlines.add(POLICY.deadlines().forInquiry(new Inquiry("Q-" + i, InquiryChannel.values()[i % 3], null,
                    received.get(i))));
        }
        List<DeadlineEvent> events = new ArrayList<>();
        for (int i = 0; i < Math.min(eventCodes.size(), eventOffsets.size()); i++) {
            int code = eventCodes.get(i);
            String subject = code / 3 == 3 ? "Q-9" : "Q-" + code / 3;
            Instant at = Generators.NOW.plusSeconds(eventOffsets.get(i));
            events.add(code % 3 == 0 ? DeadlineEvent.fulfilled(subject, at)
                    : code % 3 == 1 ? DeadlineEvent.paused(subject, at) : DeadlineEvent.resumed(subject, at));
        }
        Outcome.of("deadlines.review", IllegalStateException.class, () -> POLICY.deadlines().review(deadlines, events, asOf));
    }

    // ---------------------------------------------------------------- approvals and information

    @Property(seed = "20009")
    void approvalsPlanAndCheckAContractSigningOrRefuse(@ForAll("customers") CustomerSpec spec,
                                                       @ForAll("amountTexts") String amount,
                                                       @ForAll("datesOrNull") LocalDate signedOn,
                                                       @ForAll("amountTexts") String earlier,
                                                       @ForAll("approverLevels") ApproverLevel granted) {
        Outcome plan = Outcome.of("approvals.plan", () -> POLICY.approvals().plan(contract(spec, amount, signedOn, earlier)));
        Outcome.of("approvals.check", () -> {
            ContractSigning act = contract(spec, amount, signedOn, earlier);
            List<Approval> approvals = granted == null ? List.of()
                    : List.of(Approval.of(act, granted, "E-9", signedOn == null ? LocalDate.of(2025, 1, 1) : signedOn));
            return POLICY.approvals().check(act, approvals, List.of());
        });
        assertThat(plan).isNotNull();
    }

    @Property(seed = "20010")
    void informationActsArePlannedAndCheckedOrRefused(@ForAll("collectionIds") String id,
                                                      @ForAll("fieldSets") Set<CustomerDataField> fields,
                                                      @ForAll("purposes") DataUsePurpose purpose,
                                                      @ForAll boolean authorised,
                                                      @ForAll("datesOrNull") LocalDate on) {
        Outcome.of("information.plan", () -> POLICY.information().plan(new CustomerDataCollection(id,
                CustomerId.of("C-1"), fields, on), authorised ? List.of(CollectionAuthorisation.purposesStated(id,
                CustomerId.of("C-1"), purpose == null ? Set.of() : Set.of(purpose), "EMP-1", on)) : List.of()));
        Outcome.of("information.check", () -> POLICY.information().check(new CustomerDataCollection(id,
                CustomerId.of("C-1"), fields, on), List.of(), authorised ? List.of(CollectionAuthorisation.purposesStated(id,
                CustomerId.of("C-1"), purpose == null ? Set.of() : Set.of(purpose), "EMP-1", on)) : List.of()));
    }

    // ---------------------------------------------------------------- batch

    @Property(seed = "20011")
    void aBatchRunSummarisesOrRefusesAndLeavesNoWorkerRunning(@ForAll("customerLists") List<CustomerSpec> customerSpecs,
                                                             @ForAll("contactLists") List<ContactSpec> contactSpecs,
                                                             @ForAll("instants") Instant asOf) {
        List<Customer> customers = Generators.buildable(customerSpecs);
        List<org.crmpolicy.contact.Contact> contacts = Generators.buildableContacts(contactSpecs);
        List<CustomerContacts> input = new ArrayList<>();
        for (Customer c : customers) {
            input.add(CustomerContacts.of(c, contacts.stream().filter(k -> c.id().equals(k.customerId())).toList()));
        }
        Iterator<CustomerContacts> it = input.iterator();
        Outcome.of("batch.run", () -> POLICY.batch().withChunkSize(2).withWorkers(2).run(it, asOf, new BatchSink() { }));
        BatchThreads.awaitNoneRunning();
    }

    // ---------------------------------------------------------------- calendar

    @Property(seed = "20012")
    void calendarArithmeticAnswersOrRefuses(@ForAll("instantsOrNull") Instant start, @ForAll("dayCounts") int n,
                                            @ForAll("durations") Duration amount, @ForAll TimeBasis basis,
                                            @ForAll("instantsOrNull") Instant other, @ForAll("datesOrNull") LocalDate day) {
        var calendar = POLICY.calendar();
        Outcome.of("calendar.plusWorkingDays(Instant)", () -> calendar.plusWorkingDays(start, n));
        Outcome.of("calendar.plusCalendarDays", () -> calendar.plusCalendarDays(start, n));
        Outcome.of("calendar.plus", () -> calendar.plus(start, amount, basis));
        Outcome.of("calendar.between", () -> calendar.between(start, other, basis));
        Outcome.of("calendar.plusWorkingDays(LocalDate)", () -> calendar.plusWorkingDays(day, n));
        Outcome.of("calendar.isWorkingDay", () -> calendar.isWorkingDay(day));
        Outcome.of("calendar.isWorkingTime", () -> calendar.isWorkingTime(start));
        Outcome.of("calendar.provisionalYears", () -> calendar.provisionalYears(start, other));
    }

    // ---------------------------------------------------------------- parameters

    @Property(seed = "20013")
    void aParameterIsRefusedAtBuildTimeOrEveryAreaEvaluatesWithIt(@ForAll("parameterKeys") String key,
                                                                  @ForAll("parameterValues") String value) {
        Outcome built = Outcome.of("builder.parameter", () -> CrmPolicy.builder().parameter(key, value).build());
        if (built.returned()) {
            CrmPolicy policy = built.result();
            // built means usable: the probe evaluation of every area runs without a failure
            Outcome run = Outcome.of("evaluation with parameter", () -> {
                org.crmpolicy.rules.ProbeAccess.run(policy);
                return "ok";
            });
            assertThat(run.returned()).as("a policy built with %s=%s must evaluate", key, value).isTrue();
        }
    }

    // ---------------------------------------------------------------- providers

    @Provide Arbitrary<CustomerSpec> customers() {
        return Generators.customers();
    }

    @Provide Arbitrary<List<CustomerSpec>> customerLists() {
        return Generators.customers().list().ofMaxSize(6);
    }

    @Provide Arbitrary<List<ContactSpec>> contactLists() {
        return Generators.contacts().list().ofMaxSize(8);
    }

    @Provide Arbitrary<Instant> instants() {
        return Generators.instants();
    }

    @Provide Arbitrary<Instant> instantsOrNull() {
        return Generators.instantsOrNull();
    }

    @Provide Arbitrary<LocalDate> datesOrNull() {
        return Generators.datesOrNull();
    }

    @Provide Arbitrary<String> inquiryIds() {
        return Generators.ids("Q-");
    }

    @Provide Arbitrary<String> collectionIds() {
        return Generators.ids("COL-");
    }

    @Provide Arbitrary<RequestSeverity> severities() {
        return Arbitraries.of(RequestSeverity.class).injectNull(0.5);
    }

    @Provide Arbitrary<DataUsePurpose> purposes() {
        return Arbitraries.of(DataUsePurpose.class).injectNull(0.2);
    }

    @Provide Arbitrary<ApproverLevel> approverLevels() {
        return Arbitraries.of(ApproverLevel.class).injectNull(0.3);
    }

    @Provide Arbitrary<Set<CustomerDataField>> fieldSets() {
        return Arbitraries.oneOf(Arbitraries.of(CustomerDataField.class).set().ofMaxSize(4),
                Arbitraries.of(CustomerDataField.class).set().ofMaxSize(2).map(s -> {
                    Set<CustomerDataField> withNull = new java.util.HashSet<>(s);
                    withNull.add(null);
                    return withNull;
                }), Arbitraries.just((Set<CustomerDataField>) null));
    }

    @Provide Arbitrary<List<LocalDate>> dueDates() {
        return Generators.datesOrNull().list().ofMaxSize(4);
    }

    @Provide Arbitrary<List<Instant>> inquiryTimes() {
        return Arbitraries.longs().between(-86_400L * 400, 86_400L * 30).map(Generators.NOW::plusSeconds).list().ofMaxSize(3);
    }

    @Provide Arbitrary<String> amountTexts() {
        return Arbitraries.oneOf(Arbitraries.of("10000", "4000.00", "3999.99", "250000", "-5", "12.345", "1E+100000000",
                        "abc", " ", "", "1e-7", "99999999999999999999"),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2).map(BigDecimal::toPlainString));
    }

    @Provide Arbitrary<List<RoleAssignment>> roleHolders() {
        return Combinators.combine(Generators.ids("P-"), Arbitraries.of(ContactRole.class), Generators.dates())
                .as((p, r, from) -> RoleAssignment.of(p, r, from)).list().ofMaxSize(3)
                .ignoreException(IllegalArgumentException.class).ignoreException(NullPointerException.class);
    }

    @Provide Arbitrary<List<CustomerEvent>> customerEvents() {
        return Combinators.combine(Generators.ids("E-"), Arbitraries.integers().between(1, 12).map(i -> CustomerId.of("C-" + i)),
                        Arbitraries.of(CustomerEvent.Kind.class), Generators.instants())
                .as(CustomerEvent::of).list().ofMaxSize(3);
    }

    @Provide Arbitrary<Integer> dayCounts() {
        return Generators.dayCounts();
    }

    @Provide Arbitrary<Duration> durations() {
        return Generators.durations();
    }

    @Provide Arbitrary<String> parameterKeys() {
        return Arbitraries.of(CrmPolicy.standard().parameters().asMap().keySet().toArray(new String[0]));
    }

    @Provide Arbitrary<String> parameterValues() {
        return Arbitraries.oneOf(Arbitraries.of("0", "1", "3", "-1", "2.5", "1E+9", "100000", "FOO", " ", "",
                        "ROLLING_365_DAYS", "NOPE", "BBB", "A", "PURCHASE", "LEADER_IN_CHARGE", "CALENDAR_YEAR",
                        "SPRING_FESTIVAL", "SPRING_FESTIVAL,FOO", "CUSTOMER_SERVICE", "四川", "\u3000", "2147483648"),
                Arbitraries.strings().ofMaxLength(12));
    }

    private static ContractSigning contract(CustomerSpec spec, String amount, LocalDate signedOn, String earlier) {
        Customer customer = spec.build();
        return ContractSigning.of("HT-1", customer, Money.cny(amount), signedOn,
                List.of(EarlierContract.of("HT-0", earlier, signedOn == null || signedOn.equals(LocalDate.MIN)
                        ? LocalDate.of(2025, 1, 1) : signedOn.minusDays(1))));
    }

    private static <T> List<T> withNull(List<T> list, int at) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.min(at, copy.size()), null);
        return Arrays.asList(copy.toArray(Object[]::new)).stream().map(x -> {
            @SuppressWarnings("unchecked") T t = (T) x;
            return t;
        }).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }
}
