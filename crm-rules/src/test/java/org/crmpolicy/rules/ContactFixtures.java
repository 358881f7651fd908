package org.crmpolicy.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.obligations.ComplianceRequest;

/** Fixture factories for the contact-obligation specifications. */
final class ContactFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger IDS = new AtomicInteger();

    private ContactFixtures() {
    }

    /** {@code "2025-11-23T23:59"} read in Asia/Shanghai. */
    /** A local date-time in Asia/Shanghai, as a revisit plan's start. */
    static java.time.ZonedDateTime startsAt(String localDateTime) {
        return at(localDateTime).atZone(java.time.ZoneId.of("Asia/Shanghai"));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Customer key(String id) {
        return Fixtures.aKeyCustomer(id).build();
    }

    /** A key customer whose value assessment dates from 2024, for evaluations early in 2025. */
    static Customer keyAssessedIn2024(String id) {
        return Fixtures.aKeyCustomer(id).valueAssessment(Fixtures.anAssessment(LocalDate.of(2024, 12, 1))).build();
    }

    static Customer strategic(String id) {
        return Fixtures.aStrategicPartner(id).build();
    }

    static Customer general(String id) {
        return Fixtures.aGeneralCustomer(id).build();
    }

    static Contact contact(String customer, ContactRole role, Channel channel, Purpose purpose, String when) {
        return Contact.of("K-" + IDS.incrementAndGet(), CustomerId.of(customer), personFor(role), role, channel, purpose,
                at(when));
    }

    static Contact phone(String customer, ContactRole role, String when) {
        return contact(customer, role, Channel.PHONE, Purpose.ROUTINE, when);
    }

    static Contact revisit(String customer, ContactRole role, Channel channel, String when) {
        return contact(customer, role, channel, Purpose.REVISIT, when);
    }

    /** The employee who holds {@code role} in the fixtures. */
    static String personFor(ContactRole role) {
        return "E-" + role.name();
    }

    static TierPeriod tier(String customer, Tier tier, LocalDate from, LocalDate to) {
        return new TierPeriod(CustomerId.of(customer), tier, from, to);
    }

    /** The compliance of {@code customers} as the whole portfolio: company-wide obligations decided too. */
    static ComplianceReport compliance(List<Customer> customers, List<Contact> contacts, Instant asOf) {
        return Fixtures.policy().obligations().compliance(
                ComplianceRequest.of(customers, contacts, asOf).withCompanyWide(true));
    }

    /** The single status of {@code ruleId} for {@code customer} in the period labelled {@code period}. */
    static ObligationStatus status(ComplianceReport report, String customer, String ruleId, String period) {
        List<ObligationStatus> found = report.statuses(CustomerId.of(customer), ruleId).stream()
                .filter(s -> s.period().label().equals(period)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + ruleId + " status for " + customer + " in " + period + ", found "
                    + found + " among " + report.statuses(CustomerId.of(customer), ruleId));
        }
        return found.get(0);
    }
}
