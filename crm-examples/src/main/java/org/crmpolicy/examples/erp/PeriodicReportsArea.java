package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.deadline.ReportKind;
import org.crmpolicy.deadline.ReportReview;
import org.crmpolicy.deadline.ReportSubmission;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The periodic reports and reviews of a compliance run (D11-D13, D15, D16): the company's duty, judged once per run.
 * It reads the submissions the ERP recorded by the run's instant ({@code periodic_report}) and asks
 * {@code policy.deadlines().reports(...)} where each report due in the window stands as of it: every report due from
 * {@code lookBack} before the run's day (default one year, the span of the sample's records) to {@code lookAhead}
 * after it (default one month, so a report due soon is at risk on this week's list). A report due before the window is
 * not judged: the run does not reach back before the ERP's records start. A row naming an unknown report kind or a
 * period of the wrong cadence fails the run naming it (caller error). Thread-safe.
 */
public final class PeriodicReportsArea implements CompanyAreaEvaluation {

    private final CrmPolicy policy;
    private final Period lookBack;
    private final Period lookAhead;

    /** The area for {@code policy}: reports due from one year before the run's day to one month after it. */
    public PeriodicReportsArea(CrmPolicy policy) {
        this(policy, Period.ofYears(1), Period.ofMonths(1));
    }

    /**
     * @param lookBack  how far before the run's day a report's due day may lie and still be judged; not negative
     * @param lookAhead how far after it; not negative
     */
    public PeriodicReportsArea(CrmPolicy policy, Period lookBack, Period lookAhead) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.lookBack = requireNotNegative(lookBack, "lookBack");
        this.lookAhead = requireNotNegative(lookAhead, "lookAhead");
    }

    @Override
    public List<Finding> evaluate(Connection connection, Instant asOf) throws SQLException {
        return review(connection, asOf).findings();
    }

    /** Where each report of the window stands as of {@code asOf}, with its findings. */
    public ReportReview review(Connection connection, Instant asOf) throws SQLException {
        LocalDate day = asOf.atZone(policy.zone()).toLocalDate();
        List<ReportSubmission> submissions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT report_kind, period, submitted_at, submitted_by"
                + " FROM periodic_report WHERE submitted_at <= ? ORDER BY report_kind, period")) {
            ps.setObject(1, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    String period = rs.getString(2);
                    try {
                        submissions.add(ReportSubmission.of(ReportKind.valueOf(kind), period,
                                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("periodic_report row (" + kind + ", " + period + "): "
                                + e.getMessage(), e);
                    }
                }
            }
        }
        return policy.deadlines().reports(day.minus(lookBack), day.plus(lookAhead), submissions, asOf);
    }

    private static Period requireNotNegative(Period p, String name) {
        Objects.requireNonNull(p, name);
        if (p.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + p);
        }
        return p;
    }
}
