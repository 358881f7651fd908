package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The sample ERP's customer-information acts (I1, I4, I5, I6, I8, I9, I10, I11, A9) and the company's policy
 * revisions (A8) for {@link SampleErpData}: one collection of the customer file per customer, with its purposes on
 * record, and a few uses of the information by staff, approved and logged. Most acts are in order; about one in
 * fifteen lacks a record, an approval, a log entry or a commitment, or states or serves a purpose that is not allowed.
 * Besides ({@link #laterActs}): a destruction for one customer in four, up to two updates of the file, and for about
 * one customer in 150 a data breach, each mostly in order, and the third customer's breach, notified late (I9). Its own seeded random per fact family, so the rest of the
 * sample is unchanged.
 */
final class SampleInformationActs {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String FILE = "QUALIFICATION_DOCUMENTS,CONTACT_PERSON_NAME,CONTACT_PHONE,CREDIT_STANDING";
    private static final String STATED = "CONTRACT_REVIEW,ORDER_FULFILMENT,CUSTOMER_SERVICE,COMPLAINT_HANDLING,REVISIT,BILLING";
    private static final String[] USES = {"CONTRACT_REVIEW", "ORDER_FULFILMENT", "CUSTOMER_SERVICE", "REVISIT", "BILLING"};

    private final long seed;
    private final LocalDate day;
    private final List<Object[]> collections = new ArrayList<>();
    private final List<Object[]> uses = new ArrayList<>();
    private final List<Object[]> destructions = new ArrayList<>();
    private final List<Object[]> updates = new ArrayList<>();
    private final List<Object[]> breaches = new ArrayList<>();
    private final List<Object[]> breachCustomers = new ArrayList<>();
    private final TreeSet<String> signedStaff = new TreeSet<>();
    /** The company's one known slip: the third customer's information leaked and it was notified late (I9). */
    private static final int KNOWN_LATE_BREACH = 2;
    private int laterActsSeen;

    SampleInformationActs(long seed, LocalDate day) {
        this.seed = seed;
        this.day = day;
    }

    /** The customer's file collection and its uses over the last 90 days. */
    void customer(String customerId) {
        SplittableRandom r = random("collection/" + customerId);
        LocalDate collected = day.minusDays(100 + r.nextInt(900));
        int problem = r.nextInt(15) == 0 ? 1 + r.nextInt(3) : 0;                         // one act in fifteen
        String fields = problem == 1 ? FILE + ",HOME_ADDRESS" : FILE;                    // I1
        String stated = problem == 2 ? STATED + ",ADVERTISING" : STATED;                 // I6 (collection)
        boolean recorded = problem != 3;                                                 // I8
        String collectionId = customerId + "-IC1";
        collections.add(new Object[] {collectionId, customerId, fields, collected, recorded ? stated : null,
                recorded && r.nextBoolean() ? customerId + "-AUTH" : null, recorded ? "S" + (1 + r.nextInt(30)) : null,
                recorded ? collected : null});
        SplittableRandom u = random("use/" + customerId);
        int n = u.nextInt(3);
        for (int k = 0; k < n; k++) {
            LocalDate on = day.minusDays(1 + u.nextInt(90));
            int fault = u.nextInt(15) == 0 ? 1 + u.nextInt(5) : 0;                     // one use in fifteen
            String purpose = fault == 1 ? "CREDIT_ASSESSMENT"                          // I6: not stated
                    : fault == 2 ? "ADVERTISING" : USES[u.nextInt(USES.length)];        // I6: not allowed
            String staff = fault == 3 ? "TEMP" + (1 + u.nextInt(3)) : "S" + (1 + u.nextInt(30));   // I11
            if (staff.startsWith("S")) {
                signedStaff.add(staff);
            }
            boolean approved = fault != 4;                                             // A9
            boolean logged = fault != 5;                                               // I4
            uses.add(new Object[] {customerId + "-IU" + (k + 1), customerId, staff, purpose, "CONTACT_PHONE,CREDIT_STANDING",
                    on, approved ? "L" + (1 + u.nextInt(3)) : null, approved ? "LEADER_IN_CHARGE" : null,
                    approved ? on.minusDays(u.nextInt(3)) : null,
                    logged ? on.atTime(LocalTime.of(10 + u.nextInt(7), u.nextInt(60))).atZone(ZONE).toInstant()
                            .atOffset(ZoneOffset.UTC) : null,
                    logged ? "done" : null});
        }
    }

    /**
     * The customer's destructions of obsolete information (A9, I5), updates of its file (I10) and, rarely, a breach
     * of its information (I9) over the last 90 days (always for the third customer, notified late); about one act in twenty lacks its approval or record.
     */
    void laterActs(String customerId) {
        SplittableRandom d = random("destruction/" + customerId);
        if (d.nextInt(4) == 0) {
            LocalDate on = day.minusDays(1 + d.nextInt(90));
            int fault = d.nextInt(20) == 0 ? 1 + d.nextInt(2) : 0;                     // one in twenty
            boolean approved = fault != 1;                                             // A9
            boolean recorded = fault != 2;                                             // I5
            destructions.add(new Object[] {customerId + "-ID1", customerId, on, approved ? "L" + (1 + d.nextInt(3)) : null,
                    approved ? "LEADER_IN_CHARGE" : null, approved ? on.minusDays(d.nextInt(3)) : null,
                    recorded ? (d.nextBoolean() ? "SHREDDING" : "DELETION") : null,
                    recorded ? at(on, 15 + d.nextInt(3)) : null, recorded ? "S" + (1 + d.nextInt(30)) : null});
        }
        SplittableRandom u = random("update/" + customerId);
        int n = u.nextInt(3);
        for (int k = 0; k < n; k++) {
            LocalDate on = day.minusDays(1 + u.nextInt(90));
            boolean logged = u.nextInt(20) != 0;                                       // I10
            String fields = u.nextBoolean() ? "CONTACT_PHONE" : "CONTACT_PERSON_NAME,CONTACT_PHONE";
            updates.add(new Object[] {customerId + "-UP" + (k + 1), customerId, fields, on,
                    logged ? at(on, 9 + u.nextInt(8)) : null, logged ? "changed " + fields : null,
                    logged ? "S" + (1 + u.nextInt(30)) : null});
        }
        SplittableRandom b = random("breach/" + customerId);
        boolean known = laterActsSeen++ == KNOWN_LATE_BREACH;
        if (b.nextInt(150) == 0 || known) {                                            // rarely
            Instant detected = at(day.minusDays(4 + b.nextInt(80)), 9 + b.nextInt(8));
            int fault = known ? 0 : b.nextInt(5);                          // I9: 0 customers notified late, 1 nobody accountable
            long notifiedAfterHours = fault == 0 ? 73 + b.nextInt(48) : 2 + b.nextInt(40);
            String id = customerId + "-BR1";
            breaches.add(new Object[] {id, detected, detected.plusSeconds(3600L * (1 + b.nextInt(4))),
                    detected.plusSeconds(3600L * notifiedAfterHours), fault == 1 ? null : "SECURITY_OFFICE"});
            breachCustomers.add(new Object[] {id, customerId});
        }
    }

    private static Instant at(LocalDate on, int hour) {
        return on.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    /** Inserts what was collected (after the customers) and forgets it. */
    void insert(Connection c) throws SQLException {
        SampleRows.insert(c, "INSERT INTO info_collection (collection_id, customer_id, fields, collected_on, stated_purposes,"
                + " authorisation_ref, recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", collections);
        SampleRows.insert(c, "INSERT INTO info_use (use_id, customer_id, staff_id, purpose, fields, used_on, approved_by, approver_role,"
                + " approved_on, logged_at, log_result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", uses);
        SampleRows.insert(c, "INSERT INTO info_destruction (destruction_id, customer_id, destroyed_on, approved_by, approver_role,"
                + " approved_on, method, recorded_at, responsible_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", destructions);
        SampleRows.insert(c, "INSERT INTO info_update (update_id, customer_id, fields, updated_on, logged_at, log_content,"
                + " logged_by) VALUES (?, ?, ?, ?, ?, ?, ?)", updates);
        SampleRows.insert(c, "INSERT INTO info_breach (breach_id, detected_at, isolated_at, notified_at, accountable_unit)"
                + " VALUES (?, ?, ?, ?, ?)", breaches);
        SampleRows.insert(c, "INSERT INTO info_breach_customer (breach_id, customer_id) VALUES (?, ?)", breachCustomers);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_revision (revision_id, proposed_by, effective_on,"
                + " approved_by, approver_role, approved_on) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM policy_revision WHERE revision_id = ?)")) {
            // A8, the company's: revisions proposed by customer service and approved by management ten days before
            // they take effect, one approved by the leader in charge only, one proposed by marketing
            Object[][] revisions = {
                    {"PR-1", "CUSTOMER_SERVICE", day.minusDays(300), "M1", "MANAGEMENT"},
                    {"PR-2", "CUSTOMER_SERVICE", day.minusDays(180), "M2", "MANAGEMENT"},
                    {"PR-3", "MARKETING", day.minusDays(90), "M1", "MANAGEMENT"},
                    {"PR-4", "CUSTOMER_SERVICE", day.minusDays(20), "L1", "LEADER_IN_CHARGE"}};
            for (Object[] rev : revisions) {
                LocalDate on = (LocalDate) rev[2];
                ps.setString(1, (String) rev[0]);
                ps.setString(2, (String) rev[1]);
                ps.setObject(3, on, Types.DATE);
                ps.setString(4, (String) rev[3]);
                ps.setString(5, (String) rev[4]);
                ps.setObject(6, on.minusDays(10), Types.DATE);
                ps.setString(7, (String) rev[0]);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_commitment (staff_id, signed_on)"
                + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM staff_commitment WHERE staff_id = ?)")) {
            for (String staff : signedStaff) {
                ps.setString(1, staff);
                ps.setObject(2, day.minusYears(3), Types.DATE);
                ps.setString(3, staff);
                ps.executeUpdate();
            }
        }
        signedStaff.clear();
    }

    private SplittableRandom random(String key) {
        return new SplittableRandom(seed * 1_000_033L + key.hashCode());
    }
}
