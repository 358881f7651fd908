package org.crmpolicy.examples.flink;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.examples.erp.AreaEvaluation;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.CustomerTable;
import org.crmpolicy.examples.erp.ErpContactLog;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.examples.erp.FieldCipher;
import org.crmpolicy.rules.CrmPolicy;

/**
 * Reads one {@link CustomerRange} out of the ERP database: its customers with their contact persons ({@link
 * CustomerTable#readRange}, decrypted with {@link FieldCipher#fromEnvironment()} on the task manager), their contacts
 * and purchases up to {@code asOf} ({@link ErpContactLog}), the same rows and mapping the ERP's {@code ComplianceJob}
 * reads. Emits them as the {@link PortfolioLine}s the file source makes, so the job keys them by customer and evaluates
 * them exactly as it does the files.
 *
 * <p>With {@link ErpAreas}, it also judges those areas for the range as the ERP's job judges them for a chunk: the
 * range's customers in ID order are tiered ({@code policy.tiers().classifyAll}), each area is handed them with their
 * decisions and this task's connection, and its findings go to {@link #AREA_FINDINGS} as {@link FindingRow}s of {@code
 * runDate} under their customer. The tier decisions' own findings are not emitted here: the customers' evaluation
 * makes them. Each task opens one read-only connection in {@link #open} and closes it in {@link #close}; the policy and
 * areas are built in {@link #open} too.
 */
public class ReadCustomerRange extends ProcessFunction<CustomerRange, PortfolioLine> {

    private static final long serialVersionUID = 2L;
    private static final int FETCH_SIZE = 500;

    /** The areas' findings, as rows of the ERP's {@code finding} table. */
    public static final OutputTag<FindingRow> AREA_FINDINGS = new OutputTag<>("area-findings",
            TypeInformation.of(FindingRow.class));

    private final ErpConnection erp;
    private final PolicySource policy;
    private final ErpAreas areas;
    private final LocalDate runDate;
    private final Instant asOf;
    private transient Connection connection;
    private transient FieldCipher cipher;
    private transient CrmPolicy built;
    private transient List<AreaEvaluation> evaluations;

    /** Reads the ranges only, no areas. */
    public ReadCustomerRange(ErpConnection erp, Instant asOf) {
        this.erp = Objects.requireNonNull(erp, "erp must not be null");
        this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
        this.policy = null;
        this.areas = ErpAreas.none();
        this.runDate = null;
    }

    /**
     * Reads the ranges and judges {@code areas} on each.
     *
     * @param runDate the day the areas' findings are stored under
     */
    public ReadCustomerRange(ErpConnection erp, PolicySource policy, ErpAreas areas, LocalDate runDate, Instant asOf) {
        this.erp = Objects.requireNonNull(erp, "erp must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.areas = Objects.requireNonNull(areas, "areas must not be null");
        this.runDate = Objects.requireNonNull(runDate, "runDate must not be null");
        this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
    }

    @Override
    public void open(OpenContext context) throws SQLException {
        cipher = FieldCipher.fromEnvironment();
        if (!areas.isEmpty()) {
            built = policy.policy();
            evaluations = areas.perRange(built);
        } else {
            evaluations = List.of();
        }
        connection = erp.open();
        connection.setReadOnly(true);
    }

    @Override
    public void processElement(CustomerRange range, Context context, Collector<PortfolioLine> out) {
        try {
            List<Customer> customers = CustomerTable.readRange(connection, range.first, range.last, FETCH_SIZE, cipher);
            for (Customer c : customers) {
                out.collect(new PortfolioLine(PortfolioLine.CUSTOMER, PortfolioFiles.customerLine(c)));
            }
            for (Contact c : ErpContactLog.contacts(connection, range.first, range.last, asOf)) {
                out.collect(new PortfolioLine(PortfolioLine.CONTACT, PortfolioFiles.contactLine(c)));
            }
            for (CustomerEvent e : ErpContactLog.events(connection, range.first, range.last, asOf)) {
                out.collect(new PortfolioLine(PortfolioLine.EVENT, PortfolioFiles.eventLine(e)));
            }
            if (!evaluations.isEmpty() && !customers.isEmpty()) {
                List<TierDecision> tiers = built.tiers().classifyAll(customers, asOf);
                for (AreaEvaluation area : evaluations) {
                    for (CustomerFinding cf : area.evaluate(connection, customers, tiers, asOf)) {
                        context.output(AREA_FINDINGS, FindingRow.of(runDate, cf.customerId().value(), cf.finding()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new ErpDataException("read customers " + range.first + ".." + range.last, e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
