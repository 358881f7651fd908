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
import java.util.function.Function;
import javax.sql.DataSource;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintEvent;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.portfolio.SampleContacts;
import org.crmpolicy.examples.portfolio.SamplePortfolio;

/**
 * Fills an empty ERP database with the deterministic {@link SamplePortfolio} and, for each customer, a plausible
 * history: contacts over the last year; contracts from the customer's first-contract date on (one in six customers
 * also has a DRAFT waiting to be signed), each with its sales-contract approval asked and granted before signing,
 * granted only after signing (1 in 20), or never asked (1 in 20), drafts with their request open or granted;
 * and, for about one customer in twelve, a complaint recorded through the library's aggregate
 * ({@link SampleComplaints}) and stored as append-only event rows ({@link StoredComplaints}); receptions, events
 * and plans with their approvals ({@link SampleApprovalActs}); survey answers, acquisition costs and contract-status
 * histories for the metrics ({@link SampleMetricsFacts}). The same seed, size
 * and day give the same rows. Commits every 500 customers.
 */
public final class SampleErpData {

    private static final int COMMIT_EVERY = 500;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] CHANNELS = {"VISIT", "PHONE", "MEETING", "EMAIL", "EVENT"};

    private SampleErpData() {
    }

    /**
     * Loads the portfolio unless the {@code customer} table already has rows.
     *
     * @return the number of customers inserted (0 when the database was already filled)
     */
    public static int loadIfEmpty(DataSource dataSource, SamplePortfolio portfolio, long seed, LocalDate day) {
        return loadIfEmpty(dataSource, portfolio, seed, day, null);
    }

    /**
     * Loads the portfolio unless the {@code customer} table already has rows; the contact log and the purchases
     * ({@code customer_event}) are then the {@link SampleContacts} of each customer's tier, with the role each
     * contact was made in — the log the contact-compliance rules (C1–C11, R1–R6) read.
     *
     * @param tierOf each customer's tier (e.g. from {@code policy.classifyAll}); {@code null} for a flat log
     * @return the number of customers inserted (0 when the database was already filled)
     */
    public static int loadIfEmpty(DataSource dataSource, SamplePortfolio portfolio, long seed, LocalDate day,
                                  Function<Customer, Tier> tierOf) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return 0;
                }
            }
            c.setAutoCommit(false);
            List<Customer> batch = new ArrayList<>(COMMIT_EVERY);
            int[] index = {0, 0};   // customer, complaint
            int total = 0;
            for (Customer customer : (Iterable<Customer>) portfolio.customers()::iterator) {
                batch.add(customer);
                if (batch.size() == COMMIT_EVERY) {
                    total += flush(c, batch, seed, day, index, tierOf);
                }
            }
            total += flush(c, batch, seed, day, index, tierOf);
            return total;
        } catch (SQLException e) {
            throw new ErpDataException("load the sample portfolio", e);
        }
    }

    private static int flush(Connection c, List<Customer> batch, long seed, LocalDate day, int[] index,
                             Function<Customer, Tier> tierOf) throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        CustomerTable.insert(c, batch);
        SampleMetricsFacts.insert(c, batch, seed, day);
        try (PreparedStatement contact = c.prepareStatement("INSERT INTO contact (contact_id, customer_id, channel, purpose,"
                + " occurred_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement complaint = c.prepareStatement("INSERT INTO complaint (complaint_id, customer_id, received_at,"
                     + " kind, severity, claim_amount) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement contract = c.prepareStatement("INSERT INTO contract (contract_no, customer_id, signed_on,"
                     + " amount, qualification_docs, approved, status) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement approvals = c.prepareStatement("INSERT INTO approval (approval_id, kind, subject_id, customer_id,"
                     + " approver_role, requested_at, decided_at, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<ComplaintEvent> events = new ArrayList<>();
            List<Contact> log = new ArrayList<>();
            List<CustomerEvent> purchases = new ArrayList<>();
            SampleContacts sample = SampleContacts.of(seed, day, ZONE);
            SampleDeadlineFacts deadlineFacts = new SampleDeadlineFacts(seed, day);
            SampleInformationActs informationActs = new SampleInformationActs(seed, day);
            SampleApprovalActs approvalActs = new SampleApprovalActs(seed, day);
            for (Customer customer : batch) {
                Tier tier = tierOf == null ? null : tierOf.apply(customer);
                if (tierOf != null) {
                    log.addAll(sample.contacts(customer, tier));
                    purchases.addAll(sample.events(customer, tier));
                }
                int i = index[0]++;
                SplittableRandom r = new SplittableRandom(seed * 7_919L + i);
                String id = customer.id().value();
                deadlineFacts.customer(id, customer.contractStatus().hasDoneBusiness());
                informationActs.customer(id);
                informationActs.laterActs(id);
                approvalActs.customer(id, tier, customer.contractStatus().hasDoneBusiness());
                deadlineFacts.serviceRequests(id, customer.contractStatus().hasDoneBusiness());
                int contacts = customer.contractStatus().hasDoneBusiness() ? r.nextInt(7) : r.nextInt(2);
                for (int k = 0; k < contacts; k++) {
                    contact.setString(1, id + "-K" + (k + 1));
                    contact.setString(2, id);
                    contact.setString(3, CHANNELS[r.nextInt(CHANNELS.length)]);
                    contact.setString(4, r.nextInt(6) == 0 ? "REVISIT" : "ROUTINE");
                    contact.setObject(5, at(day.minusDays(r.nextInt(365)), 9 + r.nextInt(8)).atOffset(ZoneOffset.UTC),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    contact.setString(6, customer.accountManagerId() == null ? "SALES" : customer.accountManagerId());
                    if (tierOf == null) {
                        contact.addBatch();
                    }
                }
                if (customer.contractStatus().hasDoneBusiness() && customer.firstContractDate() != null
                        && !customer.firstContractDate().isAfter(day)) {
                    LocalDate first = customer.firstContractDate();
                    int contracts = 1 + r.nextInt(3);
                    boolean draft = r.nextInt(6) == 0;
                    for (int k = 0; k < contracts + (draft ? 1 : 0); k++) {
                        boolean isDraft = k == contracts;
                        String no = id + "-HT" + (k + 1);
                        long span = Math.max(1, day.toEpochDay() - first.toEpochDay());
                        LocalDate signedOn = isDraft ? day.plusDays(1 + r.nextInt(14))
                                : k == 0 ? first : first.plusDays(Math.min(span, 1 + r.nextInt((int) Math.min(span, 400))));
                        BigDecimal amount = BigDecimal.valueOf(100_000 + r.nextInt(2_000_000), 2);
                        int approval = r.nextInt(60);   // 0: none asked, 1: given after signing, else before
                        contract.setString(1, no);
                        contract.setString(2, id);
                        contract.setObject(3, signedOn, Types.DATE);
                        contract.setBigDecimal(4, amount);
                        contract.setBoolean(5, r.nextInt(50) != 0);
                        contract.setBoolean(6, approval > 1 && !isDraft);
                        contract.setString(7, isDraft ? "DRAFT" : "SIGNED");
                        contract.addBatch();
                        if (!isDraft && signedOn.isBefore(day)) {
                            deadlineFacts.contract(no, id, signedOn);
                        }
                        if (approval == 0) {
                            continue;
                        }
                        Instant requested = at(isDraft ? day.minusDays(r.nextInt(10)) : signedOn.minusDays(2 + r.nextInt(5)), 10);
                        Instant decided = isDraft ? (r.nextInt(3) == 0 ? requested.plus(Duration.ofHours(20)) : null)
                                : approval == 1 ? at(signedOn.plusDays(3), 11) : requested.plus(Duration.ofHours(20));
                        approvals.setString(1, "AP-" + no);
                        approvals.setString(2, "SALES_CONTRACT");
                        approvals.setString(3, no);
                        approvals.setString(4, id);
                        approvals.setString(5, "LEADER_IN_CHARGE");
                        approvals.setObject(6, requested.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                        approvals.setObject(7, decided == null ? null : decided.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                        approvals.setString(8, decided == null ? null : "APPROVED");
                        approvals.addBatch();
                    }
                }
                if (r.nextInt(12) == 0) {
                    String cid = id + "-TS1";
                    SampleComplaints.Scenario scenario = SampleComplaints.scenario(index[1]++, r);
                    Complaint history = SampleComplaints.history(cid, customer.id(), scenario, r, day);
                    complaint.setString(1, cid);
                    complaint.setString(2, id);
                    complaint.setObject(3, history.receivedAt().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                    complaint.setString(4, "COMPLAINT");
                    complaint.setString(5, history.classification().severity().name());
                    complaint.setBigDecimal(6, history.claimAmount() == null ? null : history.claimAmount().amount());
                    complaint.addBatch();
                    events.addAll(history.events());
                }
            }
            contact.executeBatch();
            contract.executeBatch();
            complaint.executeBatch();
            approvals.executeBatch();
            if (!events.isEmpty()) {
                StoredComplaints.append(c, events);
            }
            deadlineFacts.insert(c);
            informationActs.insert(c);
            approvalActs.insert(c);
            ErpContactLog.insert(c, log);
            ErpContactLog.insertEvents(c, purchases);
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
