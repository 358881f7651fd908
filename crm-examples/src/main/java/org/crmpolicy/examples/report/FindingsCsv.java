package org.crmpolicy.examples.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.finding.Finding;

/**
 * The run's findings as CSV for spreadsheets (RFC 4180: comma, double quotes, CRLF), UTF-8 with a byte-order
 * mark so spreadsheet programs show Chinese correctly. A cell starting with {@code = + - @} is prefixed with an
 * apostrophe so no spreadsheet reads it as a formula. No personal data: findings never carry any.
 */
public final class FindingsCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("run_date", "customer_id", "company", "tier", "rule_id", "severity",
            "subject_id", "responsible", "due", "overdue", "message", "evidence");

    private FindingsCsv() {
    }

    /** Writes every finding of the context to {@code file}, replacing it. */
    public static void write(ReportContext ctx, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            line(out, HEADER);
            for (CustomerFinding cf : ctx.findings()) {
                Finding f = cf.finding();
                line(out, List.of(ctx.runDate().toString(), cf.customerId().value(), ctx.nameOf(cf.customerId()),
                        Labels.tierOf(ctx, cf), f.ruleId().value(),
                        f.severity().name(), f.subjectId(), f.responsible() == null ? "" : f.responsible(),
                        f.due() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(f.due().atZone(ctx.zone())),
                        ActionItemsSource.isOverdue(f, ctx.asOf()) ? "yes" : "", f.message(), evidence(f)));
            }
        }
    }

    private static String evidence(Finding f) {
        StringBuilder s = new StringBuilder();
        f.evidence().forEach((k, v) -> s.append(s.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return s.toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One CSV cell: quoted when needed, formula-looking text defused. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
