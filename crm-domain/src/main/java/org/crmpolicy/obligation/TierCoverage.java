package org.crmpolicy.obligation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * The M1 contact metrics of one tier as of an instant: interaction frequency and revisit coverage, and the coverage of
 * every obligation by responsible role.
 *
 * @param tier               the tier (on the day of asOf)
 * @param customers          customers in it
 * @param contactsThisQuarter customer-facing contacts (not internal notes) with them in the quarter of asOf, up to asOf
 * @param revisitedThisQuarter customers whose C5 quarterly revisit is MET
 * @param obligations        per obligation and responsible role
 */
public record TierCoverage(Tier tier, int customers, long contactsThisQuarter, int revisitedThisQuarter,
        List<ObligationCoverage> obligations) {

    public TierCoverage {
        Objects.requireNonNull(tier, "tier");
        obligations = List.copyOf(obligations);
    }

    /** M1 interaction frequency: contacts per customer in the quarter so far; 0 when the tier is empty. */
    public double interactionFrequency() {
        return customers == 0 ? 0 : (double) contactsThisQuarter / customers;
    }

    /** M1 revisit coverage: share of the tier's customers revisited this quarter (C5), 0 to 1; 1 when empty. */
    public double revisitCoverage() {
        return customers == 0 ? 1.0 : (double) revisitedThisQuarter / customers;
    }

    /**
     * The M1 coverage of every tier that has customers, in tier order: how many customers, their customer-facing
     * contacts in the quarter of {@code asOf} up to {@code asOf} (and, with {@code knownAt}, recorded by then), how many
     * had their C5 quarterly revisit MET, and per obligation and responsible role how many of the statuses of the
     * current period (every status of an occasion or rolling window) are met and overdue. A customer without a tier on
     * the day is left out.
     *
     * @param customers the customers' compliance (tier and statuses); not null
     * @param logs      each customer's contacts that counted as input; a customer absent from it had none
     * @param asOf      the policy instant
     * @param knownAt   only contacts recorded by then are counted; {@code null} = all
     * @param zone      the zone quarters are counted in
     */
    public static List<TierCoverage> of(Collection<CustomerCompliance> customers,
            Map<CustomerId, ? extends Collection<Contact>> logs, Instant asOf, Instant knownAt, ZoneId zone) {
        Objects.requireNonNull(customers, "customers must not be null");
        Objects.requireNonNull(logs, "logs must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Period quarter = PeriodKind.QUARTER.containing(asOf, zone);
        Map<Tier, int[]> counts = new EnumMap<>(Tier.class);
        Map<Tier, long[]> contacts = new EnumMap<>(Tier.class);
        Map<Tier, Map<String, int[]>> byObligation = new EnumMap<>(Tier.class);
        Map<String, ContactObligation> rows = new HashMap<>();
        for (CustomerCompliance c : customers) {
            if (c.tier() == null) {
                continue;
            }
            int[] n = counts.computeIfAbsent(c.tier(), k -> new int[2]);
            n[0]++;
            Collection<Contact> log = logs.get(c.customerId());
            long facing = log == null ? 0 : log.stream()
                    .filter(x -> !x.internalNote() && quarter.contains(x.at()) && !x.at().isAfter(asOf)
                            && (knownAt == null || !x.isRecordedAfter(knownAt)))
                    .count();
            contacts.computeIfAbsent(c.tier(), k -> new long[1])[0] += facing;
            boolean revisited = false;
            for (ObligationStatus s : c.statuses()) {
                boolean current = !s.obligation().periodKind().isCalendar() || s.period().contains(asOf);
                if (!current) {
                    continue;
                }
                if (s.ruleId().value().equals("C5") && s.isMet()) {
                    revisited = true;
                }
                String key = s.ruleId() + "/" + s.obligation().responsible();
                rows.putIfAbsent(key, s.obligation());
                int[] m = byObligation.computeIfAbsent(c.tier(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new int[3]);
                m[0]++;
                if (s.isMet()) {
                    m[1]++;
                }
                if (s.state() == ObligationState.OVERDUE) {
                    m[2]++;
                }
            }
            if (revisited) {
                n[1]++;
            }
        }
        List<TierCoverage> result = new ArrayList<>();
        for (Map.Entry<Tier, int[]> e : counts.entrySet()) {
            List<ObligationCoverage> obligations = new ArrayList<>();
            byObligation.getOrDefault(e.getKey(), Map.of()).forEach((key, m) -> {
                ContactObligation o = rows.get(key);
                obligations.add(new ObligationCoverage(e.getKey(), o.ruleId(), o.responsible(), m[0], m[1], m[2]));
            });
            obligations.sort(Comparator.comparing(ObligationCoverage::ruleId).thenComparing(ObligationCoverage::responsible));
            result.add(new TierCoverage(e.getKey(), e.getValue()[0], contacts.getOrDefault(e.getKey(), new long[1])[0],
                    e.getValue()[1], obligations));
        }
        return result;
    }
}
