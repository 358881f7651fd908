package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.metric.CustomerAmounts;
import org.crmpolicy.metric.SurveyResponse;
import org.crmpolicy.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The metrics read the stored survey answers, status history and amounts as they are, bound by bound. */
class MetricsFactsTest {

    private static final LocalDate DAY = ErpFixtures.DAY;
    private static final CustomerId ANSWERED = CustomerId.of("M-1");
    private static final CustomerId SILENT = CustomerId.of("M-2");

    private DataSource ds;

    @BeforeEach
    void twoCustomers() throws SQLException {
        ds = ErpFixtures.freshH2();
        try (Connection c = ds.getConnection()) {
            CustomerTable.insert(c, List.of(customer(ANSWERED, ContractStatus.LAPSED), customer(SILENT, ContractStatus.NONE)));
        }
    }

    @Test
    void theWindowHoldsAnAnswerAtItsFirstInstantAndOneJustBeforeItsEndButNeitherOneJustBeforeItNorOneAtItsEnd()
            throws SQLException {
        // given
        Instant from = ErpFixtures.AS_OF.minusSeconds(86_400 * 365);
        Instant to = ErpFixtures.AS_OF.plusSeconds(1);
        answer("S-BEFORE", from.minusNanos(1000), 5, 10);
        answer("S-FIRST", from, 4, null);
        answer("S-LAST", to.minusNanos(1000), null, 3);
        answer("S-END", to, 1, 0);

        // when
        List<SurveyResponse> read;
        try (Connection c = ds.getConnection()) {
            read = MetricsFacts.surveys(c, from, to);
        }

        // then
        assertThat(read).containsExactly(new SurveyResponse(ANSWERED, from, 4, null),
                new SurveyResponse(ANSWERED, to.minusNanos(1000), null, 3));
    }

    @Test
    void theStatusOnADayIsItsLatestHistoryRowFromThatDayOrBeforeAndNoneWithoutOne() throws SQLException {
        // given: ACTIVE from one day, LAPSED from a later one; the other customer has no history
        LocalDate active = DAY.minusDays(200);
        LocalDate lapsed = DAY.minusDays(20);
        history(ANSWERED, active, "ACTIVE");
        history(ANSWERED, lapsed, "LAPSED");

        // when / then
        try (Connection c = ds.getConnection()) {
            assertThat(MetricsFacts.statusOn(c, active.minusDays(1))).containsEntry(ANSWERED, ContractStatus.NONE);
            assertThat(MetricsFacts.statusOn(c, active)).containsEntry(ANSWERED, ContractStatus.ACTIVE);
            assertThat(MetricsFacts.statusOn(c, lapsed.minusDays(1))).containsEntry(ANSWERED, ContractStatus.ACTIVE);
            Map<CustomerId, ContractStatus> onTheDay = MetricsFacts.statusOn(c, lapsed);
            assertThat(onTheDay).containsExactly(Map.entry(ANSWERED, ContractStatus.LAPSED), Map.entry(SILENT, ContractStatus.NONE));
        }
    }

    @Test
    void revenueToDateSumsOnlyTheSignedContractsSignedOnOrBeforeTheDay() throws SQLException {
        // given
        contract("HT-ON-THE-DAY", DAY, "100.00", "SIGNED");
        contract("HT-EARLIER", DAY.minusDays(300), "20.50", "SIGNED");
        contract("HT-NEXT-DAY", DAY.plusDays(1), "1000.00", "SIGNED");
        contract("HT-DRAFT", DAY.minusDays(1), "10000.00", "DRAFT");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO customer_acquisition (customer_id, acquisition_cost) VALUES (?, ?)")) {
            ps.setString(1, ANSWERED.value());
            ps.setBigDecimal(2, new BigDecimal("3500.00"));
            ps.executeUpdate();
        }

        // when
        List<CustomerAmounts> amounts;
        try (Connection c = ds.getConnection()) {
            amounts = MetricsFacts.amounts(c, DAY);
        }

        // then: the silent customer has no contract (zero revenue) and no stored acquisition cost (unknown)
        assertThat(amounts).containsExactly(
                CustomerAmounts.of(ANSWERED, Money.cny("3500.00"), Money.cny("120.50")),
                CustomerAmounts.of(SILENT, null, Money.cny("0.00")));
    }

    @Test
    void theCustomerRecordsCarryWhatTheMetricsReadAndNoContactPerson() throws SQLException {
        // when
        List<Customer> read;
        try (Connection c = ds.getConnection()) {
            read = MetricsFacts.customers(c);
        }

        // then
        assertThat(read).extracting(Customer::id).containsExactly(ANSWERED, SILENT);
        assertThat(read.get(0).contractStatus()).isEqualTo(ContractStatus.LAPSED);
        assertThat(read.get(0).accountManagerId()).isEqualTo("AM-7");
        assertThat(read.get(0).firstContractDate()).isEqualTo(DAY.minusDays(400));
        assertThat(read).allSatisfy(r -> assertThat(r.contactPersons()).isEmpty());
    }

    private static Customer customer(CustomerId id, ContractStatus status) {
        return Customer.builder(id, "示例公司 " + id.value()).province("浙江").since(DAY.minusDays(500))
                .contractStatus(status).accountManagerId("AM-7")
                .firstContractDate(status.hasDoneBusiness() ? DAY.minusDays(400) : null).build();
    }

    private void answer(String id, Instant at, Integer csat, Integer nps) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO survey_answer (answer_id, customer_id, answered_at, csat, nps) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, ANSWERED.value());
            ps.setObject(3, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(4, csat, Types.INTEGER);
            ps.setObject(5, nps, Types.INTEGER);
            ps.executeUpdate();
        }
    }

    private void history(CustomerId id, LocalDate from, String status) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO contract_status_history (customer_id, from_day, status) VALUES (?, ?, ?)")) {
            ps.setString(1, id.value());
            ps.setObject(2, from, Types.DATE);
            ps.setString(3, status);
            ps.executeUpdate();
        }
    }

    private void contract(String no, LocalDate signedOn, String amount, String status) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO contract"
                + " (contract_no, customer_id, signed_on, amount, qualification_docs, approved, status)"
                + " VALUES (?, ?, ?, ?, TRUE, TRUE, ?)")) {
            ps.setString(1, no);
            ps.setString(2, ANSWERED.value());
            ps.setObject(3, signedOn, Types.DATE);
            ps.setBigDecimal(4, new BigDecimal(amount));
            ps.setString(5, status);
            ps.executeUpdate();
        }
    }
}
