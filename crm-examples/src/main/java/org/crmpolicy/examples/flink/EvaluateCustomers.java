package org.crmpolicy.examples.flink;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.rules.batch.ChunkOutcome;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * Step 1, keyed by customer: gathers a customer's line and its contacts' and events' lines, and when its input is
 * complete (the watermark passes the end of time: at the end of the key in BATCH mode, at the end of input in
 * STREAMING mode over files) evaluates it. Its findings go to the main output as {@link OutputLines#finding} lines,
 * its contributions to the company-wide obligations to {@link #CONTRIBUTIONS}, cut by obligation; input that cannot
 * be used to {@link #REJECTED}. The evaluator (and the policy behind it) is built in {@link #open}, never shipped.
 */
public class EvaluateCustomers extends CustomerLinesFunction<String> {

    private static final long serialVersionUID = 1L;

    /** Contributions to the company-wide obligations, one part per obligation. */
    public static final OutputTag<ContributionPart> CONTRIBUTIONS = new OutputTag<>("contributions") { };
    /** The findings as rows of the ERP's finding table, instead of lines, when a run date is given. */
    public static final OutputTag<FindingRow> FINDING_ROWS = new OutputTag<>("finding-rows") { };
    /** Input that cannot be used, and why (contact ids and reasons, no personal data). */
    public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") { };

    private final PolicySource source;
    private final Instant asOf;
    private final LocalDate runDate;
    private transient PortfolioEvaluator evaluator;

    public EvaluateCustomers(PolicySource source, Instant asOf) {
        this(source, asOf, null);
    }

    /**
     * @param runDate {@code null} for findings as {@link OutputLines#finding} lines on the main output; else the day they
     *                are stored under, as {@link FindingRow}s on {@link #FINDING_ROWS} (the main output stays empty)
     */
    public EvaluateCustomers(PolicySource source, Instant asOf, LocalDate runDate) {
        this.source = source;
        this.asOf = asOf;
        this.runDate = runDate;
    }

    @Override
    public void open(OpenContext context) throws Exception {
        super.open(context);
        evaluator = source.policy().batch().evaluator(asOf);
    }

    @Override
    public void processElement(PortfolioLine in, Context ctx, Collector<String> out) throws Exception {
        switch (in.kind) {
            case PortfolioLine.CUSTOMER -> rememberCustomer(in);
            case PortfolioLine.CONTACT -> contacts.add(in.line);
            case PortfolioLine.EVENT -> events.add(in.line);
            default -> throw notALineKind(in);
        }
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        ChunkOutcome outcome = evaluateAndForget(ctx, evaluator);
        if (outcome == null) {
            return;
        }
        for (Finding f : outcome.findings()) {
            if (runDate == null) {
                out.collect(OutputLines.finding(f));
            } else {
                ctx.output(FINDING_ROWS, FindingRow.of(runDate, ctx.getCurrentKey(), f));
            }
        }
        for (RejectedInput r : outcome.rejected()) {
            ctx.output(REJECTED, r.toString());
        }
        for (Map.Entry<String, Contributions> part : outcome.contributions().byObligationKey().entrySet()) {
            ctx.output(CONTRIBUTIONS, new ContributionPart(part.getKey(), part.getValue()));
        }
    }
}
