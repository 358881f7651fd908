package org.crmpolicy.rules.batch;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ComplianceReport;

/**
 * What some customers contribute to the company-wide obligations (C4, C8, C10, R2 chairman/GM, R4 BU head, R6): per
 * obligation the contacts that could count, the company-level findings their rule sessions made, and the day their
 * data starts (the earliest customer {@code since}, which bounds the periods assessed). The partial result a
 * distributed engine moves between tasks: {@link PortfolioEvaluator#evaluate} makes one per customer or chunk,
 * {@link PortfolioEvaluator#merge} combines two (associative and commutative), {@link PortfolioEvaluator#decide} turns
 * the merge of a whole portfolio into company-wide statuses and findings.
 *
 * <p>Canonical: the contacts of each obligation are held in one total order (when, id, recorded, person, customer)
 * whatever order they were merged in, so two merges of the same parts in any grouping and order are {@link #equals
 * equal}. Immutable and thread-safe. {@link Serializable} through a compact serial form of its own (contacts and
 * findings field by field; no domain type needs to be serializable), so an engine that ships Java-serializable values
 * (or bytes) can move it between machines; the receiving side needs only crm-domain and crm-rules on its class path.
 */
public final class Contributions implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The order contacts are held in: the order the obligation engine counts them in, then every other field. */
    static final Comparator<Contact> CONTACT_ORDER = Comparator.comparing(Contact::at)
            .thenComparing(Contact::id)
            .thenComparing((Contact c) -> c.recordedAt())
            .thenComparing(Contact::personId)
            .thenComparing((Contact c) -> c.customerId() == null ? "" : c.customerId().value());

    private static final Contributions NONE = new Contributions(Map.of(), Set.of(), null);

    private final transient Map<String, CompanyContribution> byObligation;
    private final transient Set<Finding> findings;
    private final transient LocalDate dataFrom;

    private Contributions(Map<String, CompanyContribution> byObligation, Set<Finding> findings, LocalDate dataFrom) {
        this.byObligation = byObligation;
        this.findings = findings;
        this.dataFrom = dataFrom;
    }

    /** Nothing contributed: the identity of {@link PortfolioEvaluator#merge}. */
    public static Contributions none() {
        return NONE;
    }

    /**
     * Contributions from their parts.
     *
     * @param contributions the candidates, any number per obligation (merged here); not null
     * @param findings      company-level findings of the sessions that made them; not null
     * @param dataFrom      the earliest {@code since} of the customers they come from; null = none known
     */
    public static Contributions of(Collection<CompanyContribution> contributions, Collection<Finding> findings,
            LocalDate dataFrom) {
        Objects.requireNonNull(contributions, "contributions must not be null");
        Objects.requireNonNull(findings, "findings must not be null");
        Map<String, CompanyContribution> merged = new TreeMap<>();
        for (CompanyContribution c : CompanyContribution.merge(contributions)) {
            merged.put(c.groupKey(), sorted(c));
        }
        return new Contributions(Collections.unmodifiableMap(merged),
                Collections.unmodifiableSet(new LinkedHashSet<>(findings)), dataFrom);
    }

    /** The plain union (no compaction): what {@link PortfolioEvaluator#merge} starts from. */
    static Contributions union(Collection<Contributions> parts) {
        List<Contributions> nonEmpty = new ArrayList<>(parts.size());
        for (Contributions p : parts) {
            if (!Objects.requireNonNull(p, "contributions must not be null").isEmpty()) {
                nonEmpty.add(p);
            }
        }
        if (nonEmpty.isEmpty()) {
            return NONE;
        }
        if (nonEmpty.size() == 1) {
            return nonEmpty.get(0);
        }
        List<CompanyContribution> all = new ArrayList<>();
        Set<Finding> f = new LinkedHashSet<>();
        LocalDate from = null;
        for (Contributions p : nonEmpty) {
            all.addAll(p.byObligation.values());
            f.addAll(p.findings);
            if (p.dataFrom != null && (from == null || p.dataFrom.isBefore(from))) {
                from = p.dataFrom;
            }
        }
        return of(all, f, from);
    }

    /** A copy with {@code replaced} instead of the contribution of its obligation (already in contact order). */
    Contributions with(Map<String, CompanyContribution> replaced) {
        return new Contributions(Collections.unmodifiableMap(new TreeMap<>(replaced)), findings, dataFrom);
    }

    private static CompanyContribution sorted(CompanyContribution c) {
        List<Contact> contacts = new ArrayList<>(c.contacts());
        contacts.sort(CONTACT_ORDER);
        return new CompanyContribution(c.obligationKey(), contacts, c.outOfScope(), c.unit());
    }

    /**
     * The candidates per obligation key ({@code ContactObligation.key()}), and for a row owed per business unit (C10,
     * R4 BU head) per obligation key and unit ({@link CompanyContribution#groupKey()}), by that key; unmodifiable.
     */
    public Map<String, CompanyContribution> byObligation() {
        return byObligation;
    }

    /** The company-level findings of the sessions these come from, in {@link ComplianceReport#findingOrder()}. */
    public List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ComplianceReport.findingOrder());
        return sorted;
    }

    /** The earliest customer {@code since} these come from, or {@code null} when none is known. */
    public LocalDate dataFrom() {
        return dataFrom;
    }

    /** Whether there is nothing at all: no candidate, no finding, no data bound. */
    public boolean isEmpty() {
        return byObligation.isEmpty() && findings.isEmpty() && dataFrom == null;
    }

    /**
     * These contributions cut by obligation key (and business unit: {@link CompanyContribution#groupKey()}), for an
     * engine that reduces each obligation on its own task: merging
     * every part again gives back an equal value. The findings and the data bound go with every part (a merge keeps
     * each once); when there is no candidate at all they travel alone, under the key {@code ""}.
     */
    public Map<String, Contributions> byObligationKey() {
        if (byObligation.isEmpty()) {
            return isEmpty() ? Map.of() : Map.of("", this);
        }
        Map<String, Contributions> parts = new LinkedHashMap<>();
        byObligation.forEach((key, c) -> parts.put(key, new Contributions(Map.of(key, c), findings, dataFrom)));
        return Collections.unmodifiableMap(parts);
    }

    /** Equal when they hold the same candidates (with the same out-of-scope reasons), findings and data bound. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Contributions other && Objects.equals(dataFrom, other.dataFrom)
                && findings.equals(other.findings) && canonical().equals(other.canonical());
    }

    @Override
    public int hashCode() {
        return Objects.hash(byObligation.keySet(), findings, dataFrom);
    }

    /** Counts only: contacts carry person ids, so they are not listed. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Contributions[");
        byObligation.forEach((k, c) -> s.append(k).append('=').append(c.contacts().size()).append(' '));
        return s.append("findings=").append(findings.size()).append(" dataFrom=").append(dataFrom).append(']').toString();
    }

    /** Per obligation, each contact with its out-of-scope reason (or null): equality by value, not identity. */
    private Map<String, List<List<Object>>> canonical() {
        Map<String, List<List<Object>>> m = new TreeMap<>();
        byObligation.forEach((key, c) -> {
            List<List<Object>> rows = new ArrayList<>(c.contacts().size());
            for (Contact contact : c.contacts()) {
                rows.add(java.util.Arrays.asList(contact, c.outOfScope().get(contact)));
            }
            m.put(key, rows);
        });
        return m;
    }

    @Serial
    private Object writeReplace() {
        return new Wire(this);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("Contributions are read through their serial form only");
    }

    /** The serial form: field by field, so no domain type has to be serializable. */
    private static final class Wire implements Serializable {

        /** 2: contributions and contacts carry their business unit. */
        @Serial
        private static final long serialVersionUID = 2L;

        private transient Contributions value;

        Wire(Contributions value) {
            this.value = value;
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            writeNullable(out, value.dataFrom == null ? null : value.dataFrom.toString());
            out.writeInt(value.findings.size());
            for (Finding f : value.findings) {
                writeFinding(out, f);
            }
            out.writeInt(value.byObligation.size());
            for (CompanyContribution c : value.byObligation.values()) {
                out.writeUTF(c.obligationKey());
                writeUnit(out, c.unit());
                out.writeInt(c.contacts().size());
                for (Contact contact : c.contacts()) {
                    writeContact(out, contact);
                    writeNullable(out, c.outOfScope().get(contact));
                }
            }
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            String from = readNullable(in);
            int nFindings = in.readInt();
            Set<Finding> findings = new LinkedHashSet<>();
            for (int i = 0; i < nFindings; i++) {
                findings.add(readFinding(in));
            }
            int nObligations = in.readInt();
            Map<String, CompanyContribution> byObligation = new TreeMap<>();
            for (int i = 0; i < nObligations; i++) {
                String key = in.readUTF();
                BusinessUnit unit = readUnit(in);
                int n = in.readInt();
                List<Contact> contacts = new ArrayList<>(n);
                Map<Contact, String> outOfScope = new IdentityHashMap<>();
                for (int j = 0; j < n; j++) {
                    Contact contact = readContact(in);
                    contacts.add(contact);
                    String why = readNullable(in);
                    if (why != null) {
                        outOfScope.put(contact, why);
                    }
                }
                CompanyContribution c = new CompanyContribution(key, contacts, outOfScope, unit);
                byObligation.put(c.groupKey(), c);
            }
            value = new Contributions(Collections.unmodifiableMap(byObligation), Collections.unmodifiableSet(findings),
                    from == null ? null : LocalDate.parse(from));
        }

        @Serial
        private Object readResolve() {
            return value;
        }

        private static void writeContact(ObjectOutputStream out, Contact c) throws IOException {
            out.writeUTF(c.id());
            writeNullable(out, c.customerId() == null ? null : c.customerId().value());
            out.writeUTF(c.personId());
            out.writeUTF(c.role().name());
            out.writeUTF(c.channel().name());
            out.writeUTF(c.purpose().name());
            writeInstant(out, c.at());
            writeInstant(out, c.recordedAt());
            out.writeBoolean(c.internalNote());
            writeUnit(out, c.unit());
        }

        private static void writeUnit(ObjectOutputStream out, BusinessUnit unit) throws IOException {
            out.writeBoolean(unit != null);
            if (unit != null) {
                out.writeUTF(unit.id());
                out.writeUTF(unit.name());
            }
        }

        private static BusinessUnit readUnit(ObjectInputStream in) throws IOException {
            return in.readBoolean() ? new BusinessUnit(in.readUTF(), in.readUTF()) : null;
        }

        private static Contact readContact(ObjectInputStream in) throws IOException {
            String id = in.readUTF();
            String customer = readNullable(in);
            return new Contact(id, customer == null ? null : new CustomerId(customer), in.readUTF(),
                    ContactRole.valueOf(in.readUTF()), Channel.valueOf(in.readUTF()), Purpose.valueOf(in.readUTF()),
                    readInstant(in), readInstant(in), in.readBoolean(), readUnit(in));
        }

        private static void writeFinding(ObjectOutputStream out, Finding f) throws IOException {
            out.writeUTF(f.ruleId().value());
            out.writeUTF(f.subjectId());
            out.writeUTF(f.severity().name());
            out.writeUTF(f.message());
            out.writeInt(f.evidence().size());
            for (Map.Entry<String, String> e : f.evidence().entrySet()) {
                out.writeUTF(e.getKey());
                writeNullable(out, e.getValue());
            }
            writeNullable(out, f.responsible());
            out.writeBoolean(f.due() != null);
            if (f.due() != null) {
                writeInstant(out, f.due());
            }
        }

        private static Finding readFinding(ObjectInputStream in) throws IOException {
            RuleId rule = new RuleId(in.readUTF());
            String subject = in.readUTF();
            Severity severity = Severity.valueOf(in.readUTF());
            String message = in.readUTF();
            int n = in.readInt();
            Map<String, String> evidence = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                evidence.put(in.readUTF(), readNullable(in));
            }
            String responsible = readNullable(in);
            Instant due = in.readBoolean() ? readInstant(in) : null;
            return new Finding(rule, subject, severity, message, evidence, responsible, due);
        }

        private static void writeInstant(ObjectOutputStream out, Instant i) throws IOException {
            out.writeLong(i.getEpochSecond());
            out.writeInt(i.getNano());
        }

        private static Instant readInstant(ObjectInputStream in) throws IOException {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        }

        private static void writeNullable(ObjectOutputStream out, String s) throws IOException {
            out.writeBoolean(s != null);
            if (s != null) {
                out.writeUTF(s);
            }
        }

        private static String readNullable(ObjectInputStream in) throws IOException {
            return in.readBoolean() ? in.readUTF() : null;
        }
    }
}
