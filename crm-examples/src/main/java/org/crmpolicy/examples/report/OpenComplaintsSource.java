package org.crmpolicy.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;

/** Open complaints with their next deadline, earliest first (P2, D1–D6), from the complaints area. */
public final class OpenComplaintsSource extends ProvidedSource<OpenComplaint> {

    private OpenComplaintsSource(RowProvider<OpenComplaint> provider) {
        super(provider);
    }

    /** The section, not shown until the complaints area supplies its rows. */
    public static OpenComplaintsSource notWired() {
        return new OpenComplaintsSource(null);
    }

    /** The section with its rows from {@code provider}. */
    public static OpenComplaintsSource from(RowProvider<OpenComplaint> provider) {
        return new OpenComplaintsSource(Objects.requireNonNull(provider, "provider"));
    }

    @Override
    public String id() {
        return "complaints";
    }

    @Override
    public String title() {
        return "Open complaints and their deadlines 未结投诉";
    }

    @Override
    public String requires() {
        return "the complaints area (P1–P11 with D deadlines, issues 4 and 5) wired in with OpenComplaintsSource.from(...)";
    }

    @Override
    ReportSection render(ReportContext ctx, List<OpenComplaint> complaints) {
        List<OpenComplaint> sorted = new ArrayList<>(complaints);
        sorted.sort(Comparator.comparing(OpenComplaint::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OpenComplaint::complaintId));
        StaffDirectory holders = StaffDirectory.load(ctx.dataSource());
        List<Row> rows = new ArrayList<>();
        long overdue = 0;
        for (OpenComplaint c : sorted) {
            boolean late = c.deadline() != null && ctx.asOf().isAfter(c.deadline());
            overdue += late ? 1 : 0;
            rows.add(new Row(c.complaintId(), List.of(c.complaintId(), c.customerId().value(), ctx.nameOf(c.customerId()),
                    ctx.tierOf(c.customerId()).map(Tier::name).orElse(Labels.UNCLASSIFIED), c.status(),
                    c.deadlineRule() == null ? "" : c.deadlineRule().value(), Labels.when(c.deadline(), ctx.zone()),
                    late ? "yes" : "", holders.personFor(c.responsible(), c.customerId())),
                    late ? "overdue" : ""));
        }
        return new ReportSection(id(), title(), List.of(
                new Text(sorted.size() + " open complaints, " + overdue + " past their deadline."),
                new Table("complaints-table", "Open complaints, earliest deadline first",
                        List.of("Complaint", "Customer", "Company", "Tier", "Status", "Rule", "Deadline", "Overdue", "Responsible"),
                        rows, List.of())));
    }
}
