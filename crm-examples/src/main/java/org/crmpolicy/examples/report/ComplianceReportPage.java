package org.crmpolicy.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.report.ReportSection.Block;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;
import org.crmpolicy.finding.Severity;

/**
 * The HTML compliance report for one run date: a single self-contained UTF-8 file (inline CSS, server-side SVG
 * charts, no script, no external resource; a Content-Security-Policy forbids loading any) that opens offline in
 * any browser and prints. Sections come from {@link ComplianceSource}s in order; a source whose data is not
 * present is listed under "Sections not shown" with what it needs. Every text is HTML-escaped. The report never
 * contains personal data: nothing reads the contact-person table.
 *
 * <p>Immutable and thread-safe; {@link #with(ComplianceSource)} returns a new report.
 */
public final class ComplianceReportPage {

    /** File name of the HTML report. */
    public static final String HTML_FILE = "report.html";
    /** File name of the findings CSV. */
    public static final String CSV_FILE = "findings.csv";

    private static final String FONTS = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"WenQuanYi Zen Hei\", "
            + "\"WenQuanYi Micro Hei\", \"Microsoft YaHei\", \"PingFang SC\", \"Source Han Sans SC\", sans-serif";
    private static final String CSS = "body{font-family:" + FONTS + ";margin:2em auto;max-width:1100px;color:#222;"
            + "line-height:1.45;padding:0 1em}h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #3b6ea8;"
            + "padding-bottom:.2em;margin-top:2em}table{border-collapse:collapse;margin:.8em 0 1.6em;font-size:.9em}"
            + "caption{text-align:left;font-weight:bold;padding:.3em 0}th,td{border:1px solid #ccd;padding:.25em .6em;"
            + "vertical-align:top}th{background:#eef2f8}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "tr.total td{font-weight:bold;background:#f6f6f6}tr.overdue td{background:#fbe3e1}"
            + "tr.violation td{background:#fff4e0}.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ccd;"
            + "border-radius:6px;padding:.6em 1em;min-width:9em}.card b{display:block;font-size:1.6em}"
            + "svg.chart text{font-family:" + FONTS.replace('"', '\'') + ";font-size:12px;fill:#222}"
            + ".muted{color:#666}nav a{margin-right:1em}@media print{nav{display:none}}";

    private final List<ComplianceSource> sources;

    private ComplianceReportPage(List<ComplianceSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * The report as the ERP example ships it: tiers, findings per rule, who should act; and the sections for
     * obligations, open complaints, pending approvals and metrics, not wired (each area plugs its provider in
     * with {@link #with(ComplianceSource)}).
     */
    public static ComplianceReportPage standard() {
        return new ComplianceReportPage(List.of(new TierOverviewSource(), new FindingsByRuleSource(), new ActionItemsSource(),
                ObligationsSource.notWired(), OpenComplaintsSource.notWired(), PendingApprovalsSource.notWired(),
                MetricsSource.notWired()));
    }

    /** A report with exactly these sources, in order. */
    public static ComplianceReportPage of(List<ComplianceSource> sources) {
        return new ComplianceReportPage(sources);
    }

    /** A copy where {@code source} replaces the source with the same id, or is appended when there is none. */
    public ComplianceReportPage with(ComplianceSource source) {
        Objects.requireNonNull(source, "source");
        List<ComplianceSource> next = new ArrayList<>(sources);
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(source.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            next.set(at, source);
        } else {
            next.add(source);
        }
        return new ComplianceReportPage(next);
    }

    /** The sources, in the order their sections appear. */
    public List<ComplianceSource> sources() {
        return sources;
    }

    /**
     * A rendered report.
     *
     * @param html     the whole HTML document
     * @param shown    ids of the sections shown, in order
     * @param notShown the sources whose data was not present
     */
    public record Rendered(String html, List<String> shown, List<ComplianceSource> notShown) {
    }

    /** Renders the report for the context's run date. */
    public Rendered render(ReportContext ctx) {
        List<ReportSection> shown = new ArrayList<>();
        List<ComplianceSource> notShown = new ArrayList<>();
        for (ComplianceSource source : sources) {
            Optional<ReportSection> section = source.section(ctx);
            if (section.isPresent()) {
                shown.add(section.get());
            } else {
                notShown.add(source);
            }
        }
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(Html.escape("客户关系合规报告 Compliance report " + ctx.runDate())).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        header(h, ctx, shown);
        for (ReportSection s : shown) {
            h.append("<section id=\"").append(Html.escape(s.id())).append("\">\n<h2>").append(Html.escape(s.title())).append("</h2>\n");
            for (Block b : s.blocks()) {
                block(h, b);
            }
            h.append("</section>\n");
        }
        h.append("<section id=\"not-shown\">\n<h2>Sections not shown 未显示的部分</h2>\n");
        if (notShown.isEmpty()) {
            h.append("<p>Every section had its data.</p>\n");
        } else {
            h.append("<p>These sections are shown only when their data source is present; for this run it is not.</p>\n<ul>\n");
            for (ComplianceSource s : notShown) {
                h.append("<li data-missing=\"").append(Html.escape(s.id())).append("\"><b>").append(Html.escape(s.title()))
                        .append("</b> — not shown: needs ").append(Html.escape(s.requires())).append(".</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n<footer class=\"muted\"><p>Generated by crm-policy from the ERP database. Personal data "
                + "(contact persons' names, phones, e-mails, birthdays) is never included (I3).</p></footer>\n</body>\n</html>\n");
        return new Rendered(h.toString(), shown.stream().map(ReportSection::id).toList(), List.copyOf(notShown));
    }

    /**
     * Writes {@value #HTML_FILE} and {@value #CSV_FILE} into {@code directory} (created when missing).
     *
     * @return the rendered report
     */
    public Rendered write(ReportContext ctx, Path directory) throws IOException {
        Files.createDirectories(directory);
        Rendered rendered = render(ctx);
        Files.writeString(directory.resolve(HTML_FILE), rendered.html(), StandardCharsets.UTF_8);
        FindingsCsv.write(ctx, directory.resolve(CSV_FILE));
        return rendered;
    }

    private static void header(StringBuilder h, ReportContext ctx, List<ReportSection> shown) {
        long[] bySeverity = new long[3];
        long overdue = 0;
        for (CustomerFinding cf : ctx.findings()) {
            bySeverity[cf.finding().severity().ordinal()]++;
            overdue += ActionItemsSource.isOverdue(cf.finding(), ctx.asOf()) ? 1 : 0;
        }
        h.append("<header>\n<h1>客户关系合规报告 · Compliance report</h1>\n<p class=\"muted\">Run date <b>")
                .append(Html.escape(ctx.runDate())).append("</b>, policy evaluated as of ")
                .append(Html.escape(Labels.when(ctx.asOf(), ctx.zone()))).append(' ').append(Html.escape(ctx.zone()))
                .append(". CSV of every finding: <a href=\"").append(CSV_FILE).append("\">").append(CSV_FILE).append("</a>.</p>\n");
        h.append("<div class=\"cards\">\n");
        card(h, "customers", "Customers 客户", ctx.tiers().size());
        card(h, "findings", "Findings 发现", ctx.findings().size());
        card(h, Severity.WARNING.name(), "Warnings 警告", bySeverity[Severity.WARNING.ordinal()]);
        card(h, Severity.VIOLATION.name(), "Violations 违规", bySeverity[Severity.VIOLATION.ordinal()]);
        card(h, "overdue", "Overdue 逾期", overdue);
        h.append("</div>\n<nav>");
        for (ReportSection s : shown) {
            h.append("<a href=\"#").append(Html.escape(s.id())).append("\">").append(Html.escape(s.title())).append("</a>");
        }
        h.append("<a href=\"#not-shown\">Sections not shown</a></nav>\n</header>\n");
    }

    private static void card(StringBuilder h, String key, String label, long value) {
        h.append("<div class=\"card\"><b data-count=\"summary|").append(Html.escape(key)).append("|value\">").append(value)
                .append("</b>").append(Html.escape(label)).append("</div>\n");
    }

    private static void block(StringBuilder h, Block b) {
        if (b instanceof Text t) {
            h.append("<p>").append(Html.escape(t.text())).append("</p>\n");
        } else if (b instanceof Chart c) {
            h.append("<figure>").append(Svg.render(c)).append("<figcaption class=\"muted\">").append(Html.escape(c.caption()))
                    .append("</figcaption></figure>\n");
        } else if (b instanceof Table t) {
            table(h, t);
        }
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<table id=\"").append(Html.escape(t.id())).append("\">\n<caption>").append(Html.escape(t.caption()))
                .append("</caption>\n<thead><tr>");
        for (String col : t.header()) {
            h.append("<th scope=\"col\">").append(Html.escape(col)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row r : t.rows()) {
            h.append("<tr data-key=\"").append(Html.escape(r.key())).append('"');
            if (!r.css().isEmpty()) {
                h.append(" class=\"").append(Html.escape(r.css())).append('"');
            }
            h.append('>');
            for (int i = 0; i < r.cells().size(); i++) {
                if (t.countColumns().contains(i)) {
                    h.append("<td class=\"n\" data-count=\"").append(Html.escape(t.id() + "|" + r.key() + "|" + t.header().get(i)))
                            .append("\">");
                } else {
                    h.append("<td>");
                }
                h.append(Html.escape(r.cells().get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
