package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.metric.CustomerAmounts;
import org.crmpolicy.money.Money;
import org.crmpolicy.metric.SurveyResponse;

/**
 * Reads what the M1/M2 metrics need from the ERP's stored facts (V11 and the customer and contract tables): the
 * survey answers of a window, each customer's contract status on a day, and each customer's amounts (acquisition
 * cost, revenue to date = the sum of its SIGNED contracts signed on or before the day). Reads no personal data: the
 * customer records come without contact persons. Stateless; the caller owns the connection.
 */
public final class MetricsFacts {

    private MetricsFacts() {
    }

    /** The survey answers given in {@code [from, to)}, in time and customer order. */
    public static List<SurveyResponse> surveys(Connection c, Instant from, Instant to) throws SQLException {
        List<SurveyResponse> answers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, answered_at, csat, nps FROM survey_answer"
                + " WHERE answered_at >= ? AND answered_at < ? ORDER BY answered_at, customer_id, answer_id")) {
            ps.setObject(1, from.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(2, to.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answers.add(new SurveyResponse(CustomerId.of(rs.getString(1)),
                            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, Integer.class),
                            rs.getObject(4, Integer.class)));
                }
            }
        }
        return answers;
    }

    /**
     * Every customer's contract status on {@code day}: the status of its latest history row from that day or before,
     * {@link ContractStatus#NONE} when it has none (no contract yet). In customer ID order.
     */
    public static Map<CustomerId, ContractStatus> statusOn(Connection c, LocalDate day) throws SQLException {
        Map<CustomerId, ContractStatus> status = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.customer_id, h.status FROM customer k"
                + " LEFT JOIN contract_status_history h ON h.customer_id = k.customer_id AND h.from_day = ("
                + " SELECT MAX(x.from_day) FROM contract_status_history x WHERE x.customer_id = k.customer_id"
                + " AND x.from_day <= ?) ORDER BY k.customer_id")) {
            ps.setObject(1, day, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String s = rs.getString(2);
                    status.put(CustomerId.of(rs.getString(1)), s == null ? ContractStatus.NONE : ContractStatus.valueOf(s));
                }
            }
        }
        return status;
    }

    /**
     * Every customer's amounts on {@code day}: its acquisition cost ({@code null} when none is stored) and its revenue
     * to date, the sum of its SIGNED contracts signed on or before {@code day} (zero when there is none). In customer
     * ID order.
     */
    public static List<CustomerAmounts> amounts(Connection c, LocalDate day) throws SQLException {
        List<CustomerAmounts> amounts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.customer_id, a.acquisition_cost, (SELECT"
                + " COALESCE(SUM(t.amount), 0) FROM contract t WHERE t.customer_id = k.customer_id AND t.status = 'SIGNED'"
                + " AND t.signed_on <= ?) FROM customer k LEFT JOIN customer_acquisition a ON a.customer_id = k.customer_id"
                + " ORDER BY k.customer_id")) {
            ps.setObject(1, day, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    amounts.add(CustomerAmounts.of(CustomerId.of(rs.getString(1)),
                            rs.getBigDecimal(2) == null ? null : Money.cny(rs.getBigDecimal(2)), Money.cny(rs.getBigDecimal(3))));
                }
            }
        }
        return amounts;
    }

    /**
     * Every customer's record as the metrics read it (contract status now, first-contract date, account manager,
     * province, since), without contact persons, value assessment or credit data. In customer ID order.
     */
    public static List<Customer> customers(Connection c) throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, name, province, customer_since, contract_status,"
                + " account_manager_id, first_contract_date FROM customer ORDER BY customer_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                customers.add(Customer.builder(CustomerId.of(rs.getString(1)), rs.getString(2))
                        .province(rs.getString(3))
                        .since(rs.getObject(4, LocalDate.class))
                        .contractStatus(ContractStatus.valueOf(rs.getString(5)))
                        .accountManagerId(rs.getString(6))
                        .firstContractDate(rs.getObject(7, LocalDate.class))
                        .build());
            }
        }
        return customers;
    }
}
