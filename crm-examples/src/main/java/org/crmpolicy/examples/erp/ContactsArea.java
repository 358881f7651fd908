package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.obligations.ChunkResult;
import org.crmpolicy.rules.obligations.ComplianceRequest;
import org.crmpolicy.rules.obligations.CustomerFile;

/**
 * The contact obligations of a compliance run (C1–C11, R1–R6, issue 6): reads the chunk's contact log and purchases
 * ({@link ErpContactLog}), holds each customer in the tier just decided since the customer's {@code since} day, and asks
 * {@code policy.obligations().assess(chunk, asOf)}: the chunk evaluation the batch and the compliance report use too.
 * Returns the per-customer findings (OVERDUE → VIOLATION, AT_RISK → WARNING, late records → INFO). Company-wide
 * obligations (C4, C8, C10, R2 chairman/GM, R4, R6) need the whole portfolio at once: the chunk's contributions to them
 * are stored, through the connection it is given and so in the chunk's own transaction, in {@code
 * company_contribution} (one row per chunk, replaced when the chunk is committed again), and {@link
 * CompanyContactDutiesArea} decides them once the last chunk is done. Thread-safe.
 */
public final class ContactsArea implements AreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public ContactsArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<CustomerFinding> evaluate(Connection connection, List<Customer> customers, List<TierDecision> tiers,
                                          Instant asOf) throws SQLException {
        List<CustomerFinding> findings = new ArrayList<>();
        if (customers.isEmpty()) {
            return findings;
        }
        ChunkResult chunk = policy.obligations().assess(files(connection, customers,
                tiers.stream().map(TierDecision::tier).toList(), asOf), asOf);
        Set<String> ids = new HashSet<>();
        customers.forEach(c -> ids.add(c.id().value()));
        CompanyContactDutiesArea.store(policy, connection, customers, chunk, asOf);
        List<Finding> own = new ArrayList<>(new LinkedHashSet<>(chunk.findings()));
        own.sort(ComplianceReport.findingOrder());
        for (Finding f : own) {
            if (ids.contains(f.subjectId())) {
                findings.add(new CustomerFinding(CustomerId.of(f.subjectId()), f));
            }
        }
        return findings;
    }

    /**
     * The chunk's customers as the contact rules assess them: each held in its tier since its {@code since} day, with its
     * contacts and purchases from the ERP's log up to {@code asOf}.
     */
    static List<CustomerFile> files(Connection connection, List<Customer> customers, List<Tier> tiers, Instant asOf)
            throws SQLException {
        String first = customers.get(0).id().value();
        String last = customers.get(customers.size() - 1).id().value();
        Map<CustomerId, List<Contact>> contacts = new HashMap<>();
        for (Contact c : ErpContactLog.contacts(connection, first, last, asOf)) {
            if (c.customerId() != null) {
                contacts.computeIfAbsent(c.customerId(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<CustomerId, List<CustomerEvent>> events = new HashMap<>();
        for (CustomerEvent e : ErpContactLog.events(connection, first, last, asOf)) {
            events.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e);
        }
        List<CustomerFile> files = new ArrayList<>(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            files.add(new CustomerFile(c, List.of(TierPeriod.of(c.id(), tiers.get(i), c.since())),
                    contacts.getOrDefault(c.id(), List.of()), events.getOrDefault(c.id(), List.of()), List.of()));
        }
        return files;
    }

    /** The contact compliance of one chunk of customers with their tiers, from the ERP's log. */
    public static ComplianceReport compliance(CrmPolicy policy, Connection connection, List<Customer> customers,
                                              List<TierDecision> tiers, Instant asOf) throws SQLException {
        return complianceInTiers(policy, connection, customers, tiers.stream().map(TierDecision::tier).toList(), asOf);
    }

    /** The same with the tiers given directly, in the customers' order. */
    public static ComplianceReport complianceInTiers(CrmPolicy policy, Connection connection, List<Customer> customers,
                                                     List<Tier> tiers, Instant asOf) throws SQLException {
        String first = customers.get(0).id().value();
        String last = customers.get(customers.size() - 1).id().value();
        List<TierPeriod> held = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            held.add(TierPeriod.of(customers.get(i).id(), tiers.get(i), customers.get(i).since()));
        }
        return policy.obligations().compliance(ComplianceRequest.of(customers, ErpContactLog.contacts(connection, first, last, asOf), asOf)
                .withTierHistory(held).withEvents(ErpContactLog.events(connection, first, last, asOf)));
    }
}
