package org.crmpolicy.obligation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.RuleId;

/**
 * A contact obligation as a requirement value: "the BU head phones each STRATEGIC_PARTNER and KEY customer at least
 * once per ISO week" (C1). One row of the obligation table the rule files insert; it knows how to check itself
 * against a list of contacts ({@link #assess}). Immutable; the {@code with}-style methods return copies, so a table
 * row reads as a sentence:
 *
 * <pre>{@code
 * ContactObligation.of("C1", "BU head phones each strategic and key customer weekly")
 *     .by(ContactRole.BU_HEAD).forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY)
 *     .per(PeriodKind.ISO_WEEK).atLeast(1).via(Channel.PHONE).atRiskWorkingDaysBeforeEnd(1)
 * }</pre>
 *
 * @param ruleId              the catalogue rule
 * @param title               one line, as the catalogue says it; findings word the row by {@link #wording()}
 * @param responsible         who should act (named in findings)
 * @param acceptedRoles       whose contacts count (normally just {@code responsible}; all roles for "any")
 * @param tiers               the customer tiers in scope
 * @param periodKind          the period counted over
 * @param minimumCount        contacts needed per period
 * @param channels            channels that count
 * @param purposes            purposes that count; empty = any purpose
 * @param scope               per customer, or company-wide ("selective": C4)
 * @param internalNotesCount  true when internal records satisfy it (reports, C9, R6); else internal notes never count
 * @param atRiskWorkingDays   AT_RISK from the start of the n-th last working day of an open period; 0 = never
 * @param unitWide            a company-wide row owed by each business unit over its own customers (R4 BU head, C10);
 *                            customers of no unit form one more group, the company, as before units
 */
public record ContactObligation(
        RuleId ruleId,
        String title,
        ContactRole responsible,
        Set<ContactRole> acceptedRoles,
        Set<Tier> tiers,
        PeriodKind periodKind,
        int minimumCount,
        Set<Channel> channels,
        Set<Purpose> purposes,
        ObligationScope scope,
        boolean internalNotesCount,
        int atRiskWorkingDays,
        boolean unitWide) {

    private static final int PHRASE_CACHE_LIMIT = 10_000;
    private static final Map<Phrase, String> PHRASES = new ConcurrentHashMap<>();
    private static final Map<String, String> LAST_MINUTES = new ConcurrentHashMap<>();
    private static final Map<Wording, String> WORDINGS = new ConcurrentHashMap<>();
    /** The count a title states: "at least once", "at least two", "at least 3 times"; group 1 the count word. */
    private static final Pattern STATED_COUNT = Pattern.compile("(?i)\\bat least (once|twice|one|two|three|[0-9]{1,9})"
            + "( times?)?\\b");
    /**
     * The period a title states: "a week", "every working day", "every two years", "monthly"; group 1 the
     * determiner, group 2 the unit after it, group 3 the adverb.
     */
    private static final Pattern STATED_PERIOD = Pattern.compile("(?i)\\b(?:(a|per|each|every) (working day|day|week"
            + "|month|quarter|half[- ]year|year|two years)|(daily|weekly|monthly|quarterly|half-yearly|yearly|annually))"
            + "\\b");
    private static final Comparator<Contact> CONTACT_ORDER = Comparator.comparing(Contact::at).thenComparing(Contact::id);

    /** A row that is not owed per business unit (the record before units). */
    public ContactObligation(RuleId ruleId, String title, ContactRole responsible, Set<ContactRole> acceptedRoles,
            Set<Tier> tiers, PeriodKind periodKind, int minimumCount, Set<Channel> channels, Set<Purpose> purposes,
            ObligationScope scope, boolean internalNotesCount, int atRiskWorkingDays) {
        this(ruleId, title, responsible, acceptedRoles, tiers, periodKind, minimumCount, channels, purposes, scope,
                internalNotesCount, atRiskWorkingDays, false);
    }

    public ContactObligation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(periodKind, "periodKind");
        Objects.requireNonNull(scope, "scope");
        acceptedRoles = acceptedRoles == null || acceptedRoles.isEmpty() ? Set.of(responsible) : Set.copyOf(acceptedRoles);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        channels = channels == null || channels.isEmpty() ? Set.of(Channel.values()) : Set.copyOf(channels);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        if (minimumCount < 1) {
            throw new IllegalArgumentException("obligation " + ruleId + ": minimumCount = " + minimumCount + " must be at least 1");
        }
        if (unitWide && scope != ObligationScope.COMPANY_WIDE) {
            throw new IllegalArgumentException("obligation " + ruleId + ": unitWide needs scope COMPANY_WIDE, not " + scope);
        }
        if (atRiskWorkingDays < 0) {
            throw new IllegalArgumentException("obligation " + ruleId + ": atRiskWorkingDays = " + atRiskWorkingDays
                    + " must not be negative");
        }
    }

    /**
     * A new table row: per customer, sales staff responsible, every tier but RESERVE, yearly, once, any channel and
     * purpose. Refine it with the {@code with}-style methods.
     */
    public static ContactObligation of(String ruleId, String title) {
        return new ContactObligation(RuleId.of(ruleId), title, ContactRole.SALES_STAFF, Set.of(),
                EnumSet.of(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL), PeriodKind.YEAR, 1, Set.of(), Set.of(),
                ObligationScope.PER_CUSTOMER, false, 0, false);
    }

    /** Responsible role, whose contacts alone count. */
    public ContactObligation by(ContactRole role) {
        return new ContactObligation(ruleId, title, role, Set.of(role), tiers, periodKind, minimumCount, channels, purposes,
                scope, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    /** Further roles whose contacts also count (R4: a BU-head visit spares the salesperson's). */
    public ContactObligation alsoBy(ContactRole... roles) {
        Set<ContactRole> all = EnumSet.copyOf(acceptedRoles);
        all.addAll(List.of(roles));
        return new ContactObligation(ruleId, title, responsible, all, tiers, periodKind, minimumCount, channels, purposes,
                scope, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    /** Contacts by anyone count; {@code responsible} stays the one named in findings. */
    public ContactObligation byAnyone() {
        return alsoBy(ContactRole.values());
    }

    public ContactObligation forTiers(Tier... values) {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, Set.of(values), periodKind, minimumCount,
                channels, purposes, scope, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    public ContactObligation per(PeriodKind kind) {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, kind, minimumCount, channels,
                purposes, scope, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    public ContactObligation atLeast(int count) {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, periodKind, count, channels,
                purposes, scope, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    public ContactObligation via(Channel... values) {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, periodKind, minimumCount,
                Set.of(values), purposes, scope, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    /** Only on-site contacts ({@link Channel#VISIT}) count. */
    public ContactObligation onSite() {
        return via(Channel.VISIT);
    }

    public ContactObligation withPurpose(Purpose... values) {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, periodKind, minimumCount, channels,
                Set.of(values), scope, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    /** Company-wide ("selective"): met by contacts with any customer in scope. */
    public ContactObligation companyWide() {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, periodKind, minimumCount, channels,
                purposes, ObligationScope.COMPANY_WIDE, internalNotesCount, atRiskWorkingDays, unitWide);
    }

    /**
     * Company-wide, owed by each business unit over its own customers (R4: the BU head revisits at least one general
     * customer of his unit; C10: the unit's marketing staff communicate online daily): one status per unit, subject
     * {@code COMPANY/unit:<id>}; the customers of no unit make up one more group, subject {@code COMPANY}.
     */
    public ContactObligation perUnit() {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, periodKind, minimumCount, channels,
                purposes, ObligationScope.COMPANY_WIDE, internalNotesCount, atRiskWorkingDays, true);
    }

    /** Internal records (reports) satisfy it. */
    public ContactObligation internalRecordsCount() {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, periodKind, minimumCount, channels,
                purposes, scope, true, atRiskWorkingDays, unitWide);
    }

    public ContactObligation atRiskWorkingDaysBeforeEnd(int workingDays) {
        return new ContactObligation(ruleId, title, responsible, acceptedRoles, tiers, periodKind, minimumCount, channels,
                purposes, scope, internalNotesCount, workingDays, unitWide);
    }

    /**
     * The title as findings and statuses word it: the title itself while its count is the one in force, else the title
     * with its count replaced by {@link #minimumCount()} and the title's count kept in brackets, so a message never
     * misstates the rule it applies. A title that states no count ("monthly") states once, the count of {@link #of};
     * one that states none but needs more gets the count in force appended:
     * <pre>
     * C1 at least 1:  BU head phones each strategic and key customer at least once a week
     * C1 at least 2:  BU head phones each strategic and key customer at least 2 times a week (catalogue: once)
     * C9 at least 2:  BU head reports each strategic and key customer's communication to marketing monthly
     *                 (at least 2 per month; catalogue: once)
     * </pre>
     * A period in force other than the one the title states ("a month", "every working day", "monthly") replaces it in
     * the same style, the title's kept in brackets too (a decision table's {@code C2,,1 per ISO_WEEK}):
     * <pre>
     * C2 1 per ISO_WEEK:  BU head phones each general customer at least once a week (catalogue: a month)
     * C2 2 per ISO_WEEK:  BU head phones each general customer at least 2 times a week (catalogue: once a month)
     * </pre>
     * The title itself ({@link #title()}) stays the catalogue's: rule files, decision tables and overrides name a row
     * by it.
     */
    public String wording() {
        if (WORDINGS.size() > PHRASE_CACHE_LIMIT) {
            WORDINGS.clear();
        }
        return WORDINGS.computeIfAbsent(new Wording(title, minimumCount, periodKind), Wording::text);
    }

    private record Wording(String title, int count, PeriodKind period) {

        String text() {
            Matcher p = STATED_PERIOD.matcher(title);
            boolean newPeriod = p.find() && period != PeriodKind.OCCASION && statedPeriod(p) != period;
            Matcher m = STATED_COUNT.matcher(title);
            if (!m.find()) {
                String text = newPeriod ? title.substring(0, p.start()) + periodPhrase(p) + title.substring(p.end())
                        : title;
                String was = newPeriod ? p.group() : null;
                if (count == 1) {
                    return was == null ? title : text + " (catalogue: " + was + ")";
                }
                return text + " (at least " + count + " per " + (period == PeriodKind.ISO_WEEK ? "ISO week"
                        : period.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')) + "; catalogue: once"
                        + (was == null ? "" : ", " + was) + ")";
            }
            String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int stated = switch (word) {
                case "once", "one" -> 1;
                case "twice", "two" -> 2;
                case "three" -> 3;
                default -> Integer.parseInt(word);
            };
            boolean newCount = stated != count;
            if (!newCount && !newPeriod) {
                return title;
            }
            boolean adverb = word.equals("once") || word.equals("twice") || m.group(2) != null;
            String inForce = adverb ? (count == 1 ? "once" : count + " times") : Integer.toString(count);
            // the count comes before the period ("at least once a week"); a title stating them the other way round
            // keeps its period as it is
            newPeriod = newPeriod && p.start() >= m.end();
            if (!newCount && !newPeriod) {
                return title;
            }
            String text = title.substring(0, m.start(1)) + (newCount ? inForce : title.substring(m.start(1), m.end()))
                    + (newPeriod ? title.substring(m.end(), p.start()) + periodPhrase(p) + title.substring(p.end())
                    : title.substring(m.end()));
            String was;
            if (newCount && newPeriod) {
                was = title.substring(m.end(), p.start()).isBlank() ? title.substring(m.start(1), p.end())
                        : title.substring(m.start(1), m.end()) + ", " + p.group();
            } else {
                was = newCount ? title.substring(m.start(1), m.end()) : p.group();
            }
            return text + " (catalogue: " + was + ")";
        }

        /** The period a title states by {@code p} of {@link #STATED_PERIOD}. */
        private static PeriodKind statedPeriod(Matcher p) {
            String unit = (p.group(2) != null ? p.group(2) : p.group(3)).toLowerCase(java.util.Locale.ROOT);
            return switch (unit) {
                case "working day", "day", "daily" -> PeriodKind.DAY;
                case "week", "weekly" -> PeriodKind.ISO_WEEK;
                case "month", "monthly" -> PeriodKind.MONTH;
                case "quarter", "quarterly" -> PeriodKind.QUARTER;
                case "year", "yearly", "annually" -> PeriodKind.YEAR;
                case "two years" -> PeriodKind.TWO_YEARS;
                default -> PeriodKind.HALF_YEAR; // half-year, half year, half-yearly
            };
        }

        /** The period in force worded as the title words its own at {@code p}: "a week" for "a month", "weekly". */
        private String periodPhrase(Matcher p) {
            if (period == PeriodKind.TWO_YEARS) {
                return "every two years";
            }
            String unit = switch (period) {
                case DAY -> p.group(3) != null ? "daily" : "working day";
                case ISO_WEEK -> p.group(3) != null ? "weekly" : "week";
                case MONTH -> p.group(3) != null ? "monthly" : "month";
                case QUARTER -> p.group(3) != null ? "quarterly" : "quarter";
                case HALF_YEAR -> p.group(3) != null ? "half-yearly" : "half-year";
                default -> p.group(3) != null ? "yearly" : "year";
            };
            return p.group(3) != null ? unit : p.group(1) + " " + unit;
        }
    }

    /** True when only on-site contacts count. */
    public boolean isOnSite() {
        return channels.equals(Set.of(Channel.VISIT));
    }

    public boolean isCompanyWide() {
        return scope == ObligationScope.COMPANY_WIDE;
    }

    /** True for a company-wide row owed by each business unit over its own customers ({@link #perUnit()}). */
    public boolean isPerUnit() {
        return unitWide;
    }

    /** True when contacts by every role count ({@link #byAnyone()}): then the unit a person acted for does not matter. */
    public boolean acceptsAnyone() {
        return acceptedRoles.size() == ContactRole.values().length;
    }

    /** True when a customer in {@code tier} is in scope. */
    public boolean covers(Tier tier) {
        return tiers.contains(tier);
    }

    /** A stable key telling two rows of one rule apart (R2 VP and R2 BU head): {@code R2/BU_HEAD/PER_CUSTOMER}. */
    public String key() {
        return ruleId + "/" + responsible + "/" + scope + (purposes.size() == 1 ? "/" + purposes.iterator().next() : "");
    }

    /**
     * Checks the contacts against this obligation for one window and returns its status. Pure: the same inputs give
     * the same status.
     *
     * @param subject     the customer, or {@code null} for a company-wide obligation
     * @param period      the calendar period (for the label and the range of contacts considered)
     * @param window      the part of the period the obligation applies to (from the day the customer entered scope)
     * @param atRiskFrom  from when an open, unmet window is AT_RISK; {@code null} = never
     * @param contacts    the candidates, in any order; those far outside the period are ignored, the rest are either
     *                    counted or reported with the reason they did not count
     * @param context     asOf, knownAt, zone and role holdings
     * @param outOfScope  for company-wide obligations: why a contact's customer was not in scope, or {@code null} when it
     *                    was; may itself be {@code null} for per-customer obligations
     */
    public ObligationStatus assess(CustomerId subject, Period period, Period window, Instant atRiskFrom,
            Collection<Contact> contacts, AssessmentContext context, Function<Contact, String> outOfScope) {
        return assess(subject, null, period, window, atRiskFrom, contacts, context, outOfScope);
    }

    /**
     * {@link #assess(CustomerId, Period, Period, Instant, Collection, AssessmentContext, Function)} for the duty of a
     * business unit: the customer's unit (per customer) or the unit a per-unit row is assessed for. A contact its
     * person made in an accepted unit role (BU head, sales staff) for another unit does not count
     * ({@link NotCountedReason#OTHER_UNIT}) unless the row accepts anyone; a contact or holding without a unit counts
     * for every unit. {@code unit} {@code null} = no unit: exactly the assessment without units.
     */
    public ObligationStatus assess(CustomerId subject, BusinessUnit unit, Period period,
            Period window, Instant atRiskFrom, Collection<Contact> contacts, AssessmentContext context,
            Function<Contact, String> outOfScope) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(context, "context");
        Instant consideredFrom = (period.start().isBefore(window.start()) ? period.start() : window.start()).minusSeconds(86_400);
        Instant consideredTo = window.end().plusSeconds(86_400);
        List<Contact> counted = new ArrayList<>();
        List<NotCounted> notCounted = new ArrayList<>();
        List<Contact> sorted = new ArrayList<>();
        for (Contact c : contacts) {
            if (!c.at().isBefore(consideredFrom) && c.at().isBefore(consideredTo) && !c.at().isAfter(context.asOf())) {
                sorted.add(c);
            }
        }
        sorted.sort(CONTACT_ORDER);
        for (Contact c : sorted) {
            NotCounted why = check(c, unit, period, window, context, outOfScope);
            if (why == null) {
                counted.add(c);
            } else {
                notCounted.add(why);
            }
        }
        List<Contact> late = new ArrayList<>(0);
        for (Contact c : counted) {
            if (!c.recordedAt().isBefore(window.end())) {
                late.add(c);
            }
        }
        ObligationState state;
        if (counted.size() >= minimumCount) {
            state = ObligationState.MET;
        } else if (window.isClosedAt(context.asOf())) {
            state = ObligationState.OVERDUE;
        } else if (atRiskFrom != null && !context.asOf().isBefore(atRiskFrom)) {
            state = ObligationState.AT_RISK;
        } else {
            state = ObligationState.DUE;
        }
        String needed = state == ObligationState.MET ? "" : stillNeeded(minimumCount - counted.size(), window, state);
        return new ObligationStatus(this, subject, period, window, state, counted, notCounted, late, needed,
                window.end(), atRiskFrom, context.asOf(), context.knownAt(), unit);
    }

    /**
     * True when {@code c} counts for this obligation in {@code window} (right time, role, channel, purpose; known by
     * {@code knownAt}). Scope of a company-wide obligation is not checked here.
     */
    public boolean counts(Contact c, Period window, AssessmentContext context) {
        return counts(c, null, window, context);
    }

    /** {@link #counts(Contact, Period, AssessmentContext)} for the duty of {@code unit} ({@code null} = no unit). */
    public boolean counts(Contact c, BusinessUnit unit, Period window, AssessmentContext context) {
        if (context.knownAt() != null && c.isRecordedAfter(context.knownAt()) || !window.contains(c.at())) {
            return false;
        }
        return couldCount(c, context) && actsForUnit(c, unit, context.roles().rolesOf(c, context.zone()), context);
    }

    /**
     * True when one of {@code roles} that this row accepts was held for {@code unit}: always without a unit, for a row
     * by anyone, and for company leadership (VP, GM, chairman belong to no unit).
     */
    private boolean actsForUnit(Contact c, BusinessUnit unit, Set<ContactRole> roles,
            AssessmentContext context) {
        if (unit == null || acceptsAnyone()) {
            return true;
        }
        for (ContactRole role : roles) {
            if (acceptedRoles.contains(role)
                    && (role.isCompanyLeadership() || context.roles().actsFor(c, role, unit, context.zone()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code c} would count at some time: right role, channel and purpose, and internal only where internal
     * records count. Used to gather the candidates of company-wide obligations without the whole contact log.
     */
    public boolean couldCount(Contact c, AssessmentContext context) {
        if (c.internalNote() && !internalNotesCount || !channels.contains(c.channel())
                || !purposes.isEmpty() && !purposes.contains(c.purpose())) {
            return false;
        }
        for (ContactRole role : context.roles().rolesOf(c, context.zone())) {
            if (acceptedRoles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Why {@code c} does not count in {@code window}, or {@code null} when it counts. */
    NotCounted check(Contact c, BusinessUnit unit, Period period, Period window,
            AssessmentContext context, Function<Contact, String> outOfScope) {
        if (!context.explained()) {
            NotCountedReason reason = reasonOnly(c, unit, window, context, outOfScope);
            return reason == null ? null : new NotCounted(c, reason, reason.name());
        }
        if (context.knownAt() != null && c.isRecordedAfter(context.knownAt())) {
            return new NotCounted(c, NotCountedReason.RECORDED_AFTER_KNOWN_AT, "recorded " + window.local(c.recordedAt())
                    + ", after knownAt " + window.local(context.knownAt()));
        }
        if (!window.contains(c.at())) {
            String side = !c.at().isBefore(window.start()) ? "at or after the period ended " + window.local(window.end())
                    : c.at().isBefore(period.start()) ? "before the period began " + window.local(window.start())
                    : "before the obligation applied from " + window.local(window.start())
                            + " (the customer entered its tier then)";
            return new NotCounted(c, NotCountedReason.OUTSIDE_PERIOD, "made " + window.local(c.at()) + ", " + side);
        }
        if (c.internalNote() && !internalNotesCount) {
            return new NotCounted(c, NotCountedReason.INTERNAL_NOTE, "an internal note is not a contact with the customer");
        }
        if (outOfScope != null) {
            String why = outOfScope.apply(c);
            if (why != null) {
                return new NotCounted(c, NotCountedReason.CUSTOMER_OUT_OF_SCOPE, why);
            }
        }
        Set<ContactRole> roles = context.roles().rolesOf(c, window.zone());
        if (roles.stream().noneMatch(acceptedRoles::contains)) {
            String held = roles.isEmpty() ? "person " + c.personId() + " held no role that day"
                    : "made as " + roles.stream().map(Enum::name).sorted().collect(Collectors.joining("/"));
            return new NotCounted(c, NotCountedReason.WRONG_ROLE, held + "; needs " + roleNames());
        }
        if (!actsForUnit(c, unit, roles, context)) {
            List<String> made = new ArrayList<>();
            for (ContactRole role : roles.stream().filter(acceptedRoles::contains).sorted().toList()) {
                made.add(role + " of " + context.roles().unitsOf(c, role, window.zone()).stream()
                        .map(BusinessUnit::id).sorted().collect(Collectors.joining("/")));
            }
            return new NotCounted(c, NotCountedReason.OTHER_UNIT, "made as " + String.join(", ", made) + "; needs "
                    + roleNames() + " of " + unit.id());
        }
        if (!channels.contains(c.channel())) {
            return new NotCounted(c, NotCountedReason.WRONG_CHANNEL, c.channel() + (isOnSite() ? " is not on site" : "")
                    + "; needs " + channels.stream().map(Enum::name).sorted().collect(Collectors.joining("/")));
        }
        if (!purposes.isEmpty() && !purposes.contains(c.purpose())) {
            return new NotCounted(c, NotCountedReason.WRONG_PURPOSE, c.purpose() + "; needs "
                    + purposes.stream().map(Enum::name).sorted().collect(Collectors.joining("/")));
        }
        return null;
    }

    /** {@link #check} without the words: the same reason, in the same order of tests. */
    private NotCountedReason reasonOnly(Contact c, BusinessUnit unit, Period window,
            AssessmentContext context, Function<Contact, String> outOfScope) {
        if (context.knownAt() != null && c.isRecordedAfter(context.knownAt())) {
            return NotCountedReason.RECORDED_AFTER_KNOWN_AT;
        }
        if (!window.contains(c.at())) {
            return NotCountedReason.OUTSIDE_PERIOD;
        }
        if (c.internalNote() && !internalNotesCount) {
            return NotCountedReason.INTERNAL_NOTE;
        }
        if (outOfScope != null && outOfScope.apply(c) != null) {
            return NotCountedReason.CUSTOMER_OUT_OF_SCOPE;
        }
        boolean accepted = false;
        Set<ContactRole> roles = context.roles().rolesOf(c, window.zone());
        for (ContactRole role : roles) {
            if (acceptedRoles.contains(role)) {
                accepted = true;
                break;
            }
        }
        if (!accepted) {
            return NotCountedReason.WRONG_ROLE;
        }
        if (!actsForUnit(c, unit, roles, context)) {
            return NotCountedReason.OTHER_UNIT;
        }
        if (!channels.contains(c.channel())) {
            return NotCountedReason.WRONG_CHANNEL;
        }
        if (!purposes.isEmpty() && !purposes.contains(c.purpose())) {
            return NotCountedReason.WRONG_PURPOSE;
        }
        return null;
    }

    private String roleNames() {
        return acceptsAnyone() ? "any role"
                : acceptedRoles.stream().sorted().map(Enum::name).collect(Collectors.joining(" or "));
    }

    /** "1 phone call by the BU head before Sun 2025-11-23 23:59 Asia/Shanghai". */
    private String stillNeeded(int missing, Period window, ObligationState state) {
        // a portfolio run words this for millions of statuses of a dozen obligations and a few dozen periods
        String what = PHRASES.computeIfAbsent(new Phrase(this, missing == 1), k -> requirement(missing));
        String before = LAST_MINUTES.computeIfAbsent(window.end().toString() + ' ' + window.zone().getId(),
                k -> window.lastMinute());
        if (PHRASES.size() > PHRASE_CACHE_LIMIT || LAST_MINUTES.size() > PHRASE_CACHE_LIMIT) {
            PHRASES.clear();
            LAST_MINUTES.clear();
        }
        return missing + " " + what + " before " + before + (state == ObligationState.OVERDUE ? " (missed)" : "");
    }

    private record Phrase(ContactObligation obligation, boolean singular) {
    }

    /** "phone call by the BU head": what is missing, without the number and the deadline. */
    private String requirement(int missing) {
        StringBuilder text = new StringBuilder().append(noun(missing));
        if (acceptedRoles.size() < ContactRole.values().length) {
            text.append(" by the ").append(acceptedRoles.stream().sorted().map(ContactRole::phrase)
                    .collect(Collectors.joining(" or the ")));
        }
        if (isCompanyWide() && !tiers.isEmpty() && tiers.size() < Tier.values().length - 1) {
            text.append(" with any ").append(tiers.stream().sorted().map(Enum::name).collect(Collectors.joining("/")))
                    .append(" customer");
        }
        return text.toString();
    }

    private String noun(int n) {
        String noun;
        if (purposes.size() == 1) {
            noun = switch (purposes.iterator().next()) {
                case REVISIT -> isOnSite() ? "on-site revisit" : "revisit";
                case CARE -> "care greeting";
                case EXCHANGE -> "ordering conference or exchange meeting";
                case TECHNICAL_EXCHANGE -> "technical exchange";
                case FACTORY_VISIT_INVITATION -> "factory-visit invitation";
                case ONLINE_INFORMATION -> "online communication";
                case KEY_CUSTOMER_REPORT -> "key-customer communication report";
                case REVISIT_EVALUATION_REPORT -> "revisit evaluation report";
                default -> purposes.iterator().next().name().toLowerCase().replace('_', ' ');
            };
        } else if (purposes.contains(Purpose.REVISIT)) {
            noun = isOnSite() ? "on-site revisit" : "revisit";
        } else if (channels.size() == 1) {
            noun = channels.iterator().next().phrase();
        } else {
            noun = "contact";
        }
        String plural = n == 1 ? noun : noun + (noun.endsWith("s") ? "es" : "s");
        if (channels.size() > 1 && channels.size() < Channel.values().length) {
            plural += " (" + channels.stream().sorted().map(Enum::name).collect(Collectors.joining("/")) + ")";
        }
        return plural;
    }
}
