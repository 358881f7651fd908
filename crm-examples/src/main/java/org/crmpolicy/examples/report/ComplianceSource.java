package org.crmpolicy.examples.report;

import java.util.Optional;

/**
 * A section of the compliance report and where its data comes from. Each policy area contributes one: tiering
 * and findings are built in; the obligations, complaints, approvals and metrics sections take their rows from a
 * provider the area supplies ({@link ObligationsSource}, {@link OpenComplaintsSource}, {@link PendingApprovalsSource},
 * {@link MetricsSource}). A source whose data is not present returns empty, and the report names it under
 * "sections not shown" with {@link #requires()}.
 *
 * <p>Implementations must not put personal data (a person's name, phone, email, birthday) into a section.
 */
public interface ComplianceSource {

    /** Stable HTML id of the section, e.g. {@code obligations}. */
    String id();

    /** The section heading. */
    String title();

    /** What the section needs to be shown, in one sentence, e.g. "the contacts area (C1–C7) wired in". */
    String requires();

    /**
     * @param context the run's data
     * @return the section, or empty when its data source is not present
     */
    Optional<ReportSection> section(ReportContext context);

    /** A source that is not wired in yet: it never renders and the report says what it {@code requires}. */
    static ComplianceSource notWired(String id, String title, String requires) {
        return new ComplianceSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public String requires() {
                return requires;
            }

            @Override
            public Optional<ReportSection> section(ReportContext context) {
                return Optional.empty();
            }
        };
    }
}
