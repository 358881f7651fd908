package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditApproval;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerBuilder;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.JointDevelopment;
import org.crmpolicy.customer.ProspectSignal;
import org.crmpolicy.customer.ValueAssessment;

/**
 * Maps {@link Customer} to the {@code customer} and {@code contact_person} tables and back. Reading is a
 * forward-only cursor in customer-ID order with a fetch size, so a portfolio of any size streams through in chunks.
 * A contact person's name, phone, email and birthday are stored encrypted ({@link FieldCipher}, I7): the methods
 * without a cipher use {@link FieldCipher#fromEnvironment()}.
 * Stateless and thread-safe; every method works on the connection it is given and never commits.
 */
public final class CustomerTable {

    private static final String INSERT_CUSTOMER = "INSERT INTO customer (customer_id, name, province, customer_since,"
            + " categories, annual_volume, contract_status, prospect_signal, joint_dev_evidence, joint_dev_since,"
            + " va_cooperation_scale, va_growth_potential, va_industry_influence, va_cooperation_stab,"
            + " va_strategic_signif, va_assessed_on, va_assessed_by, credit_rating, credit_approved_by,"
            + " credit_approved_on, credit_approval_reason, account_manager_id, first_contract_date)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PERSON = "INSERT INTO contact_person (customer_id, seq, name_cipher, position,"
            + " phone_cipher, email_cipher, birthday_cipher) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_AFTER = "SELECT c.*, p.seq AS p_seq, p.name_cipher AS p_name, p.position AS p_position,"
            + " p.phone_cipher AS p_phone, p.email_cipher AS p_email, p.birthday_cipher AS p_birthday"
            + " FROM customer c LEFT JOIN contact_person p ON p.customer_id = c.customer_id"
            + " WHERE c.customer_id > ? ORDER BY c.customer_id, p.seq";
    private static final String SELECT_RANGE = "SELECT c.*, p.seq AS p_seq, p.name_cipher AS p_name, p.position AS p_position,"
            + " p.phone_cipher AS p_phone, p.email_cipher AS p_email, p.birthday_cipher AS p_birthday"
            + " FROM customer c LEFT JOIN contact_person p ON p.customer_id = c.customer_id"
            + " WHERE c.customer_id >= ? AND c.customer_id <= ? ORDER BY c.customer_id, p.seq";

    private CustomerTable() {
    }

    /** Inserts the customers and their contact persons as two JDBC batches, with the environment's key. Does not commit. */
    public static void insert(Connection c, Collection<Customer> customers) throws SQLException {
        insert(c, customers, FieldCipher.fromEnvironment());
    }

    /** Inserts the customers and their contact persons as two JDBC batches, personal columns encrypted. Does not commit. */
    public static void insert(Connection c, Collection<Customer> customers, FieldCipher cipher) throws SQLException {
        try (PreparedStatement pc = c.prepareStatement(INSERT_CUSTOMER);
             PreparedStatement pp = c.prepareStatement(INSERT_PERSON)) {
            for (Customer customer : customers) {
                bindCustomer(pc, customer);
                pc.addBatch();
                int seq = 1;
                for (ContactPerson p : customer.contactPersons()) {
                    String id = customer.id().value();
                    pp.setString(1, id);
                    pp.setInt(2, seq);
                    pp.setString(3, cipher.encrypt(p.name(), context("name", id, seq)));
                    pp.setString(4, p.position());
                    pp.setString(5, cipher.encrypt(p.phone(), context("phone", id, seq)));
                    pp.setString(6, cipher.encrypt(p.email(), context("email", id, seq)));
                    pp.setString(7, cipher.encrypt(p.birthday() == null ? null : p.birthday().toString(),
                            context("birthday", id, seq)));
                    pp.addBatch();
                    seq++;
                }
            }
            pc.executeBatch();
            pp.executeBatch();
        }
    }

    /** The associated data of an encrypted {@code contact_person} column: column and row keys, no personal data. */
    static String context(String column, String customerId, int seq) {
        return "contact_person." + column + "|" + customerId + "|" + seq;
    }

    private static void bindCustomer(PreparedStatement ps, Customer x) throws SQLException {
        int i = 1;
        ps.setString(i++, x.id().value());
        ps.setString(i++, x.name());
        ps.setString(i++, x.province());
        ps.setObject(i++, x.since(), Types.DATE);
        ps.setString(i++, x.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        ps.setBigDecimal(i++, x.annualVolume());
        ps.setString(i++, x.contractStatus().name());
        ps.setString(i++, x.prospectSignal().name());
        JointDevelopment jd = x.jointDevelopment();
        ps.setString(i++, jd == null ? null : jd.evidence());
        ps.setObject(i++, jd == null ? null : jd.since(), Types.DATE);
        ValueAssessment va = x.valueAssessment();
        setInt(ps, i++, va == null ? null : va.cooperationScale());
        setInt(ps, i++, va == null ? null : va.growthPotential());
        setInt(ps, i++, va == null ? null : va.industryInfluence());
        setInt(ps, i++, va == null ? null : va.cooperationStability());
        setInt(ps, i++, va == null ? null : va.strategicSignificance());
        ps.setObject(i++, va == null ? null : va.assessedOn(), Types.DATE);
        ps.setString(i++, va == null ? null : va.assessedBy().toString()); // UNIT/assessorId, read back by Assessor.parse
        ps.setString(i++, x.creditRating() == null ? null : x.creditRating().name());
        CreditApproval ca = x.creditApproval();
        ps.setString(i++, ca == null ? null : ca.approvedBy());
        ps.setObject(i++, ca == null ? null : ca.approvedOn(), Types.DATE);
        ps.setString(i++, ca == null ? null : ca.reason());
        ps.setString(i++, x.accountManagerId());
        ps.setObject(i, x.firstContractDate(), Types.DATE);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /**
     * Streams the customers whose ID sorts after {@code afterId} (all when it is {@code null}), in ID order, in
     * chunks of {@code chunkSize}, through a forward-only cursor with the given fetch size. On PostgreSQL the cursor
     * only streams when {@code c} is not in auto-commit mode: give it a connection of its own, opened read-only with
     * auto-commit off, and write on another one.
     *
     * @param c         the reading connection
     * @param afterId   resume point, exclusive; {@code null} to start at the beginning
     * @param chunkSize customers per chunk, at least 1
     * @param fetchSize rows per round trip
     * @param chunks    receives each chunk (the last may be shorter); an exception it throws stops the reading
     * @return the number of customers read
     */
    public static int readAfter(Connection c, String afterId, int chunkSize, int fetchSize, Consumer<List<Customer>> chunks)
            throws SQLException {
        return readAfter(c, afterId, chunkSize, fetchSize, chunks, FieldCipher.fromEnvironment());
    }

    /** {@link #readAfter(Connection, String, int, int, Consumer)}, decrypting the personal columns with {@code cipher}. */
    public static int readAfter(Connection c, String afterId, int chunkSize, int fetchSize, Consumer<List<Customer>> chunks,
                                FieldCipher cipher) throws SQLException {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, got " + chunkSize);
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_AFTER, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(fetchSize);
            ps.setString(1, afterId == null ? "" : afterId);
            return read(ps, chunkSize, chunks, cipher);
        }
    }

    /**
     * The customers whose ID lies in {@code [firstId, lastId]} (both inclusive), in ID order, with their contact persons
     * decrypted with {@code cipher}: the same rows and mapping as {@link #readAfter}, for a reader that is given a range
     * of the portfolio (a distributed job's task).
     *
     * @param fetchSize rows per round trip
     */
    public static List<Customer> readRange(Connection c, String firstId, String lastId, int fetchSize, FieldCipher cipher)
            throws SQLException {
        if (firstId == null || lastId == null || firstId.compareTo(lastId) > 0) {
            throw new IllegalArgumentException("customer range " + firstId + ".." + lastId + " is not a range");
        }
        List<Customer> customers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_RANGE, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(fetchSize);
            ps.setString(1, firstId);
            ps.setString(2, lastId);
            read(ps, Integer.MAX_VALUE, customers::addAll, cipher);
        }
        return customers;
    }

    /** Every customer ID, in ID order (what a distributed job cuts into ranges). */
    public static List<String> ids(Connection c, int fetchSize) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT customer_id FROM customer ORDER BY customer_id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(fetchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static int read(PreparedStatement ps, int chunkSize, Consumer<List<Customer>> chunks, FieldCipher cipher)
            throws SQLException {
        int read = 0;
        try (ResultSet rs = ps.executeQuery()) {
            List<Customer> chunk = new ArrayList<>(Math.min(chunkSize, 1024));
            CustomerBuilder current = null;
            String currentId = null;
            while (rs.next()) {
                String id = rs.getString("customer_id");
                if (!id.equals(currentId)) {
                    if (current != null) {
                        chunk.add(current.build());
                        read++;
                        if (chunk.size() == chunkSize) {
                            chunks.accept(List.copyOf(chunk));
                            chunk.clear();
                        }
                    }
                    current = customer(rs);
                    currentId = id;
                }
                if (rs.getObject("p_seq") != null) {
                    int seq = rs.getInt("p_seq");
                    String birthday = cipher.decrypt(rs.getString("p_birthday"), context("birthday", id, seq));
                    current.contactPerson(new ContactPerson(cipher.decrypt(rs.getString("p_name"), context("name", id, seq)),
                            rs.getString("p_position"),
                            cipher.decrypt(rs.getString("p_phone"), context("phone", id, seq)),
                            cipher.decrypt(rs.getString("p_email"), context("email", id, seq)),
                            birthday == null ? null : LocalDate.parse(birthday)));
                }
            }
            if (current != null) {
                chunk.add(current.build());
                read++;
            }
            if (!chunk.isEmpty()) {
                chunks.accept(List.copyOf(chunk));
            }
        }
        return read;
    }

    private static CustomerBuilder customer(ResultSet rs) throws SQLException {
        CustomerBuilder b = Customer.builder(CustomerId.of(rs.getString("customer_id")), rs.getString("name"))
                .province(rs.getString("province"))
                .since(rs.getObject("customer_since", LocalDate.class))
                .annualVolume(rs.getBigDecimal("annual_volume"))
                .contractStatus(ContractStatus.valueOf(rs.getString("contract_status")))
                .prospectSignal(ProspectSignal.valueOf(rs.getString("prospect_signal")))
                .accountManagerId(rs.getString("account_manager_id"))
                .firstContractDate(rs.getObject("first_contract_date", LocalDate.class));
        String categories = rs.getString("categories");
        if (categories != null && !categories.isBlank()) {
            b.categories(Arrays.stream(categories.split(",")).map(CustomerCategory::valueOf).toArray(CustomerCategory[]::new));
        }
        if (rs.getString("joint_dev_evidence") != null) {
            b.jointDevelopment(new JointDevelopment(rs.getString("joint_dev_evidence"), rs.getObject("joint_dev_since", LocalDate.class)));
        }
        if (rs.getObject("va_assessed_on") != null) {
            b.valueAssessment(new ValueAssessment(rs.getInt("va_cooperation_scale"), rs.getInt("va_growth_potential"),
                    rs.getInt("va_industry_influence"), rs.getInt("va_cooperation_stab"), rs.getInt("va_strategic_signif"),
                    rs.getObject("va_assessed_on", LocalDate.class), rs.getString("va_assessed_by")));
        }
        String rating = rs.getString("credit_rating");
        b.creditRating(rating == null ? null : CreditRating.valueOf(rating));
        if (rs.getString("credit_approved_by") != null) {
            b.creditApproval(new CreditApproval(rs.getString("credit_approved_by"),
                    rs.getObject("credit_approved_on", LocalDate.class), rs.getString("credit_approval_reason")));
        }
        return b;
    }
}
