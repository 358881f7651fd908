package org.crmpolicy.examples.flink;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.PortfolioEvaluator;
import org.crmpolicy.rules.obligations.CompanyWideDecision;

/**
 * Step 3, one task: merges the per-obligation merges and, when the input is complete, decides the company-wide
 * obligations once. The statuses go to the main output as {@link OutputLines#status} lines, the findings to
 * {@link #FINDINGS} as {@link OutputLines#finding} lines.
 */
public class DecideCompanyWide extends KeyedProcessFunction<String, ContributionPart, String> {

    private static final long serialVersionUID = 1L;

    /** The company-wide findings. */
    public static final OutputTag<String> FINDINGS = new OutputTag<>("company-findings") { };

    /** The company-wide findings as rows of the ERP's finding table, when a run date is given. */
    public static final OutputTag<FindingRow> FINDING_ROWS = new OutputTag<>("company-finding-rows") { };

    /** The one key every merged part is sent to. */
    public static final String COMPANY = "company";

    private final PolicySource source;
    private final Instant asOf;
    private final LocalDate runDate;
    private transient PortfolioEvaluator evaluator;
    private transient ListState<byte[]> parts;

    public DecideCompanyWide(PolicySource source, Instant asOf) {
        this(source, asOf, null);
    }

    /**
     * @param runDate {@code null} for the findings as lines on {@link #FINDINGS}; else the day they are stored under, as
     *                {@link FindingRow}s of {@link FindingRow#COMPANY} on {@link #FINDING_ROWS}
     */
    public DecideCompanyWide(PolicySource source, Instant asOf, LocalDate runDate) {
        this.source = source;
        this.asOf = asOf;
        this.runDate = runDate;
    }

    @Override
    public void open(OpenContext context) {
        evaluator = source.policy().batch().evaluator(asOf);
        parts = getRuntimeContext().getListState(new ListStateDescriptor<>("parts", byte[].class));
    }

    @Override
    public void processElement(ContributionPart in, Context ctx, Collector<String> out) throws Exception {
        parts.add(in.bytes);
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        List<Contributions> held = new ArrayList<>();
        for (byte[] bytes : parts.get()) {
            held.add(ContributionPart.read(bytes));
        }
        parts.clear();
        CompanyWideDecision company = evaluator.decide(evaluator.merge(held));
        for (ObligationStatus s : company.statuses()) {
            out.collect(OutputLines.status(s));
        }
        for (Finding f : company.findings()) {
            if (runDate == null) {
                ctx.output(FINDINGS, OutputLines.finding(f));
            } else {
                ctx.output(FINDING_ROWS, FindingRow.of(runDate, FindingRow.COMPANY, f));
            }
        }
    }
}
