package org.crmpolicy.examples.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Severity;

/** Shared wording and colours of the report. */
final class Labels {

    static final List<String> SEVERITY_COLOURS = List.of("#8aa9c9", "#e0a526", "#c8372d");
    static final String UNCLASSIFIED = "UNCLASSIFIED";
    /** The tier column of a company-wide finding (the periodic reports): the company's duty, no customer's tier. */
    static final String COMPANY = "COMPANY";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Labels() {
    }

    /** The tier column of a finding: its customer's tier, {@link #COMPANY} or {@link #UNCLASSIFIED}. */
    static String tierOf(ReportContext ctx, org.crmpolicy.examples.erp.CustomerFinding cf) {
        return cf.isCompanyWide() ? COMPANY : ctx.tierOf(cf.customerId()).map(Tier::name).orElse(UNCLASSIFIED);
    }

    static String tier(Tier tier) {
        return switch (tier) {
            case STRATEGIC_PARTNER -> "STRATEGIC_PARTNER 战略合作客户";
            case KEY -> "KEY 重点客户";
            case GENERAL -> "GENERAL 一般客户";
            case RESERVE -> "RESERVE 储备客户";
        };
    }

    static List<String> severities() {
        return List.of(Severity.INFO.name(), Severity.WARNING.name(), Severity.VIOLATION.name());
    }

    static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
