package org.crmpolicy.examples.erp;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.examples.portfolio.SamplePortfolio;

/**
 * Fills an empty ERP database with the deterministic {@link SamplePortfolio} and, for each customer, a plausible
 * history: contacts over the last year, contracts, a few complaints with their events, and approvals (some still
 * pending). The same seed, size and day give the same rows. Commits every 500 customers.
 */
public final class SampleErpData {

    private static final int COMMIT_EVERY = 500;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] CHANNELS = {"VISIT", "PHONE", "MEETING", "EMAIL", "EVENT"};
    private static final String[] STAGES = {"RECEIVED", "REGISTERED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "REVIEWED", "CLOSED"};

    private SampleErpData() {
    }

    /**
     * Loads the portfolio unless the {@code customer} table already has rows.
     *
     * @return the number of customers inserted (0 when the database was already filled)
     */
    public static int loadIfEmpty(DataSource dataSource, SamplePortfolio portfolio, long seed, LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return 0;
                }
            }
            c.setAutoCommit(false);
            List<Customer> batch = new ArrayList<>(COMMIT_EVERY);
            int[] index = {0};
            int total = 0;
            for (Customer customer : (Iterable<Customer>) portfolio.customers()::iterator) {
                batch.add(customer);
                if (batch.size() == COMMIT_EVERY) {
                    total += flush(c, batch, seed, day, index);
                }
            }
            total += flush(c, batch, seed, day, index);
            return total;
        } catch (SQLException e) {
            throw new ErpDataException("load the sample portfolio", e);
        }
    }

    private static int flush(Connection c, List<Customer> batch, long seed, LocalDate day, int[] index) throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        CustomerTable.insert(c, batch);
        try (PreparedStatement contact = c.prepareStatement("INSERT INTO contact (contact_id, customer_id, channel, purpose,"
                + " occurred_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement complaint = c.prepareStatement("INSERT INTO complaint (complaint_id, customer_id, received_at,"
                     + " kind, severity, claim_amount) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement contract = c.prepareStatement("INSERT INTO contract (contract_no, customer_id, signed_on,"
                     + " amount, qualification_docs, approved) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement approval = c.prepareStatement("INSERT INTO approval (approval_id, kind, subject_id, customer_id,"
                     + " approver_role, requested_at, decided_at, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<ComplaintEventRow> events = new ArrayList<>();
            for (Customer customer : batch) {
                int i = index[0]++;
                SplittableRandom r = new SplittableRandom(seed * 7_919L + i);
                String id = customer.id().value();
                int contacts = customer.contractStatus().hasDoneBusiness() ? r.nextInt(7) : r.nextInt(2);
                for (int k = 0; k < contacts; k++) {
                    contact.setString(1, id + "-K" + (k + 1));
                    contact.setString(2, id);
                    contact.setString(3, CHANNELS[r.nextInt(CHANNELS.length)]);
                    contact.setString(4, r.nextInt(6) == 0 ? "REVISIT" : "ROUTINE");
                    contact.setObject(5, at(day.minusDays(r.nextInt(365)), 9 + r.nextInt(8)).atOffset(ZoneOffset.UTC),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    contact.setString(6, customer.accountManagerId() == null ? "SALES" : customer.accountManagerId());
                    contact.addBatch();
                }
                if (customer.contractStatus().hasDoneBusiness()) {
                    int contracts = 1 + r.nextInt(3);
                    for (int k = 0; k < contracts; k++) {
                        String no = id + "-HT" + (k + 1);
                        BigDecimal amount = BigDecimal.valueOf(100_000 + r.nextInt(2_000_000), 2);
                        boolean approved = r.nextInt(10) != 0;
                        contract.setString(1, no);
                        contract.setString(2, id);
                        contract.setObject(3, day.minusDays(r.nextInt(400)), Types.DATE);
                        contract.setBigDecimal(4, amount);
                        contract.setBoolean(5, r.nextInt(15) != 0);
                        contract.setBoolean(6, approved);
                        contract.addBatch();
                        if (amount.compareTo(BigDecimal.valueOf(4_000)) >= 0) {
                            Instant requested = at(day.minusDays(r.nextInt(30)), 10);
                            approval.setString(1, "AP-" + no);
                            approval.setString(2, "SALES_CONTRACT");
                            approval.setString(3, no);
                            approval.setString(4, id);
                            approval.setString(5, "LEADER_IN_CHARGE");
                            approval.setObject(6, requested.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                            approval.setObject(7, approved ? requested.plus(Duration.ofHours(20)).atOffset(ZoneOffset.UTC) : null,
                                    Types.TIMESTAMP_WITH_TIMEZONE);
                            approval.setString(8, approved ? "APPROVED" : null);
                            approval.addBatch();
                        }
                    }
                }
                if (r.nextInt(12) == 0) {
                    String cid = id + "-TS1";
                    Instant received = at(day.minusDays(r.nextInt(90)), 9 + r.nextInt(8));
                    complaint.setString(1, cid);
                    complaint.setString(2, id);
                    complaint.setObject(3, received.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                    complaint.setString(4, "COMPLAINT");
                    complaint.setString(5, r.nextInt(4) == 0 ? "MAJOR" : "GENERAL");
                    complaint.setBigDecimal(6, r.nextInt(10) == 0 ? BigDecimal.valueOf(60_000_00, 2) : null);
                    complaint.addBatch();
                    int stages = 1 + r.nextInt(STAGES.length);
                    Instant when = received;
                    for (int s = 0; s < stages && !when.isAfter(at(day, 18)); s++) {
                        events.add(new ComplaintEventRow(cid, s + 1, STAGES[s], when, s == 0 ? "CUSTOMER_SERVICE" : "MARKETING", null));
                        when = when.plus(Duration.ofHours(4 + r.nextInt(60)));
                    }
                }
            }
            contact.executeBatch();
            contract.executeBatch();
            complaint.executeBatch();
            approval.executeBatch();
            if (!events.isEmpty()) {
                ComplaintEventTable.append(c, events);
            }
        }
        c.commit();
        int n = batch.size();
        batch.clear();
        return n;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }
}
