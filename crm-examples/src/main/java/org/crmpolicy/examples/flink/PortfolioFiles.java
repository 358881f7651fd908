package org.crmpolicy.examples.flink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditApproval;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.JointDevelopment;
import org.crmpolicy.customer.ProspectSignal;
import org.crmpolicy.customer.ValueAssessment;
import org.crmpolicy.rules.batch.CustomerContacts;

/**
 * A portfolio as three text files the Flink job reads, one record a line, the customer id first on every line (so the
 * job keys a line without parsing it): {@value #CUSTOMERS} (one customer with its contact persons), {@value #CONTACTS}
 * and {@value #EVENTS}. Fields are tab-separated and URL-encoded (UTF-8), so no text can break a line or a field;
 * {@code \N} is null; a record inside a field (joint development, value assessment, credit approval, contact person) is
 * its own fields joined by {@code ,}, contact persons are joined by {@code ;}.
 *
 * <p>A line that cannot be read is refused naming the file kind and the field, never echoing the line (it may hold a
 * contact person's phone or birthday).
 */
public final class PortfolioFiles {

    public static final String CUSTOMERS = "customers.tsv";
    public static final String CONTACTS = "contacts.tsv";
    public static final String EVENTS = "events.tsv";

    private static final String NULL = "\\N";

    private PortfolioFiles() {
    }

    /** Writes {@code portfolio} into {@code directory} (created if needed) as the three files. */
    public static void write(Iterable<CustomerContacts> portfolio, Path directory) {
        try {
            Files.createDirectories(directory);
            try (BufferedWriter customers = Files.newBufferedWriter(directory.resolve(CUSTOMERS), StandardCharsets.UTF_8);
                 BufferedWriter contacts = Files.newBufferedWriter(directory.resolve(CONTACTS), StandardCharsets.UTF_8);
                 BufferedWriter events = Files.newBufferedWriter(directory.resolve(EVENTS), StandardCharsets.UTF_8)) {
                for (CustomerContacts cc : portfolio) {
                    customers.write(customerLine(cc.customer()));
                    customers.newLine();
                    for (Contact c : cc.contacts()) {
                        contacts.write(contactLine(c));
                        contacts.newLine();
                    }
                    for (CustomerEvent e : cc.events()) {
                        events.write(eventLine(e));
                        events.newLine();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the portfolio files into " + directory, e);
        }
    }

    /** The customer id a line of any of the three files is about (its first field), without parsing the rest. */
    public static String customerIdOf(String line) {
        int tab = line.indexOf('\t');
        return decode(tab < 0 ? line : line.substring(0, tab));
    }

    public static String customerLine(Customer c) {
        return join(c.id().value(), c.name(),
                String.join(",", c.categories().stream().map(Enum::name).sorted().toList()),
                c.annualVolume().toString(), c.contractStatus().name(), c.prospectSignal().name(),
                c.jointDevelopment() == null ? null : sub(c.jointDevelopment().evidence(),
                        c.jointDevelopment().since().toString()),
                c.valueAssessment() == null ? null : valueAssessment(c.valueAssessment()),
                c.creditRating() == null ? null : c.creditRating().name(),
                c.creditApproval() == null ? null : sub(c.creditApproval().approvedBy(),
                        c.creditApproval().approvedOn().toString(), c.creditApproval().reason()),
                c.accountManagerId(), c.province(), c.since().toString(),
                c.firstContractDate() == null ? null : c.firstContractDate().toString(),
                persons(c.contactPersons()));
    }

    public static Customer customer(String line) {
        String[] f = fields(line, 15, "customer");
        try {
            Set<CustomerCategory> categories = EnumSet.noneOf(CustomerCategory.class);
            if (!f[2].isEmpty()) {
                for (String cat : f[2].split(",")) {
                    categories.add(CustomerCategory.valueOf(cat));
                }
            }
            String[] jd = subFields(f[6]);
            String[] va = subFields(f[7]);
            String[] ca = subFields(f[9]);
            return new Customer(new CustomerId(f[0]), f[1], categories, new BigDecimal(f[3]),
                    ContractStatus.valueOf(f[4]), ProspectSignal.valueOf(f[5]),
                    jd == null ? null : new JointDevelopment(jd[0], LocalDate.parse(jd[1])),
                    va == null ? null : new ValueAssessment(Integer.parseInt(va[0]), Integer.parseInt(va[1]),
                            Integer.parseInt(va[2]), Integer.parseInt(va[3]), Integer.parseInt(va[4]),
                            LocalDate.parse(va[5]), va[6]),
                    f[8] == null ? null : CreditRating.valueOf(f[8]),
                    ca == null ? null : new CreditApproval(ca[0], LocalDate.parse(ca[1]), ca[2]),
                    f[10], f[11], LocalDate.parse(f[12]), f[13] == null ? null : LocalDate.parse(f[13]),
                    persons(f[14]));
        } catch (RuntimeException e) {
            throw refused("customer", e);
        }
    }

    public static String contactLine(Contact c) {
        return join(c.customerId() == null ? null : c.customerId().value(), c.id(), c.personId(), c.role().name(),
                c.channel().name(), c.purpose().name(), c.at().toString(), c.recordedAt().toString(),
                Boolean.toString(c.internalNote()));
    }

    public static Contact contact(String line) {
        String[] f = fields(line, 9, "contact");
        try {
            return new Contact(f[1], f[0] == null ? null : new CustomerId(f[0]), f[2], ContactRole.valueOf(f[3]),
                    Channel.valueOf(f[4]), Purpose.valueOf(f[5]), Instant.parse(f[6]), Instant.parse(f[7]),
                    Boolean.parseBoolean(f[8]));
        } catch (RuntimeException e) {
            throw refused("contact", e);
        }
    }

    public static String eventLine(CustomerEvent e) {
        return join(e.customerId().value(), e.id(), e.kind().name(), e.at().toString());
    }

    public static CustomerEvent event(String line) {
        String[] f = fields(line, 4, "event");
        try {
            return new CustomerEvent(f[1], new CustomerId(f[0]), CustomerEvent.Kind.valueOf(f[2]), Instant.parse(f[3]));
        } catch (RuntimeException e) {
            throw refused("event", e);
        }
    }

    /** Reads the three files of {@code directory} back, customer by customer in the customers file's order. */
    public static List<CustomerContacts> read(Path directory) {
        try {
            java.util.Map<String, List<Contact>> contacts = new java.util.HashMap<>();
            for (String line : Files.readAllLines(directory.resolve(CONTACTS), StandardCharsets.UTF_8)) {
                contacts.computeIfAbsent(customerIdOf(line), k -> new ArrayList<>()).add(contact(line));
            }
            java.util.Map<String, List<CustomerEvent>> events = new java.util.HashMap<>();
            Path eventFile = directory.resolve(EVENTS);
            if (Files.exists(eventFile)) {
                for (String line : Files.readAllLines(eventFile, StandardCharsets.UTF_8)) {
                    events.computeIfAbsent(customerIdOf(line), k -> new ArrayList<>()).add(event(line));
                }
            }
            List<CustomerContacts> out = new ArrayList<>();
            for (String line : Files.readAllLines(directory.resolve(CUSTOMERS), StandardCharsets.UTF_8)) {
                Customer c = customer(line);
                out.add(new CustomerContacts(c, contacts.getOrDefault(c.id().value(), List.of()),
                        events.getOrDefault(c.id().value(), List.of())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the portfolio files of " + directory, e);
        }
    }

    private static String valueAssessment(ValueAssessment v) {
        return sub(Integer.toString(v.cooperationScale()), Integer.toString(v.growthPotential()),
                Integer.toString(v.industryInfluence()), Integer.toString(v.cooperationStability()),
                Integer.toString(v.strategicSignificance()), v.assessedOn().toString(), v.assessedBy().toString());
    }

    private static String persons(List<ContactPerson> persons) {
        List<String> each = new ArrayList<>(persons.size());
        for (ContactPerson p : persons) {
            each.add(sub(p.name(), p.position(), p.phone(), p.email(),
                    p.birthday() == null ? null : p.birthday().toString()));
        }
        return String.join(";", each);
    }

    private static List<ContactPerson> persons(String field) {
        if (field == null || field.isEmpty()) {
            return List.of();
        }
        List<ContactPerson> persons = new ArrayList<>();
        for (String one : field.split(";", -1)) {
            String[] p = subFields(one);
            persons.add(new ContactPerson(p[0], p[1], p[2], p[3], p[4] == null ? null : LocalDate.parse(p[4])));
        }
        return persons;
    }

    /** A record inside a field: its fields encoded and joined by {@code ,} (then encoded again as one field). */
    private static String sub(String... values) {
        List<String> encoded = new ArrayList<>(values.length);
        for (String v : values) {
            encoded.add(encode(v));
        }
        return String.join(",", encoded);
    }

    private static String[] subFields(String field) {
        if (field == null) {
            return null;
        }
        String[] parts = field.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = decode(parts[i]);
        }
        return parts;
    }

    private static String join(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(encode(values[i]));
        }
        return line.toString();
    }

    private static String[] fields(String line, int count, String kind) {
        String[] f = line.split("\t", -1);
        if (f.length != count) {
            throw new IllegalArgumentException(kind + " line: expected " + count + " tab-separated fields, got "
                    + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = decode(f[i]);
        }
        return f;
    }

    private static IllegalArgumentException refused(String kind, RuntimeException e) {
        // no cause and no value: the message of a failed constructor may quote a phone or a birthday
        return new IllegalArgumentException(kind + " line: a field cannot be read (" + e.getClass().getSimpleName()
                + ")");
    }

    private static String encode(String v) {
        return v == null ? NULL : URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static String decode(String v) {
        return NULL.equals(v) ? null : URLDecoder.decode(v, StandardCharsets.UTF_8);
    }
}
