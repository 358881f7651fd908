package org.crmpolicy.examples.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.batch.CompanyPeriod;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.PortfolioEvaluator;
import org.crmpolicy.rules.obligations.CompanyWideDecision;

/**
 * Step 2 of the streaming job, keyed by (obligation, period): gathers every customer's contributions to the period
 * and decides it once, when the watermark passes {@link CompanyPeriod#completeAt()} (an event-time timer; at the end
 * of input for a period the input never passes). Its status goes to the main output as an {@link OutputLines#status}
 * line, its findings to {@link DecideCompanyWide#FINDINGS}, each once.
 *
 * <p>A contribution that arrives after the period was decided (a contact later than the lateness) never changes the
 * published status: it makes the library's late-record finding ({@code C1-C11 R1-R6 A contact recorded after its period
 * closed is reported as late}, through {@link PortfolioEvaluator#lateFindings}), once per finding, and nothing when
 * it would not have counted. A part marked {@link PeriodPart#late} (its contact came after the contacts' reader had
 * passed the completion) is held until the decision if it comes before it, and then judged the same way: it never
 * counts, however far this task's own watermark had got. Parts are appended to list state and collapsed every
 * {@value MergeContributions#COLLAPSE_AT} parts; after the decision the state holds what it was taken over (to judge late contacts against).
 *
 * <p>Of one {@code asOf} ({@link #DecidePeriods(PolicySource, Instant)}: the periods {@code PortfolioBatch} reports
 * as of it), or of each period's own completion ({@link #asOfEachCompletion}: the job period by period).
 */
public class DecidePeriods extends KeyedProcessFunction<String, PeriodPart, String> {

    private static final long serialVersionUID = 1L;

    private final PolicySource source;
    private final Instant asOf;
    private transient PortfolioEvaluator evaluator;
    private transient CompletionCalendar calendar;
    private transient Map<String, CompanyPeriod> periods;
    private transient ListState<byte[]> parts;
    private transient ListState<byte[]> heldLate;
    private transient ValueState<Integer> count;
    private transient ValueState<byte[]> decided;
    private transient MapState<String, Boolean> published;

    /** Decides the periods of one {@code asOf} (the period containing it and the one before). */
    public DecidePeriods(PolicySource source, Instant asOf) {
        this.source = source;
        this.asOf = java.util.Objects.requireNonNull(asOf, "asOf must not be null");
    }

    private DecidePeriods(PolicySource source) {
        this.source = source;
        this.asOf = null;
    }

    /**
     * Decides each period as of its own completion, whichever it is (the job whose {@code asOf} moves with the
     * watermark): the evaluator as of {@link CompanyPeriod#completeAt()} decides it, as {@code PortfolioBatch} run
     * as of that instant does.
     */
    public static DecidePeriods asOfEachCompletion(PolicySource source) {
        return new DecidePeriods(source);
    }

    @Override
    public void open(OpenContext context) {
        periods = new HashMap<>();
        if (asOf == null) {
            calendar = new CompletionCalendar(source.policy());
        } else {
            evaluator = source.policy().batch().evaluator(asOf);
            for (CompanyPeriod p : evaluator.companyPeriods()) {
                periods.put(p.key(), p);
            }
        }
        parts = getRuntimeContext().getListState(new ListStateDescriptor<>("parts", byte[].class));
        heldLate = getRuntimeContext().getListState(new ListStateDescriptor<>("late parts before the decision",
                byte[].class));
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Integer.class));
        decided = getRuntimeContext().getState(new ValueStateDescriptor<>("decided", byte[].class));
        published = getRuntimeContext().getMapState(new MapStateDescriptor<>("late findings published", String.class,
                Boolean.class));
    }

    @Override
    public void processElement(PeriodPart in, Context ctx, Collector<String> out) throws Exception {
        byte[] before = decided.value();
        if (before != null) {
            late(in.key, in.completeAt, in.contributions(), ContributionPart.read(before), ctx);
            return;
        }
        ctx.timerService().registerEventTimeTimer(in.completeAt);
        if (in.late) {
            heldLate.add(in.bytes);
            return;
        }
        parts.add(in.bytes);
        int n = count.value() == null ? 1 : count.value() + 1;
        if (n >= MergeContributions.COLLAPSE_AT) {
            parts.update(List.of(ContributionPart.toBytes(merged(in.completeAt))));
            n = 1;
        }
        count.update(n);
    }

    private void late(String key, long completeAt, Contributions late, Contributions before, Context ctx)
            throws Exception {
        if (late.byObligation().isEmpty()) {
            return;     // a data bound only: the decision stands
        }
        CompanyPeriod period = period(key, completeAt);
        Instant decidedAt = Instant.ofEpochMilli(completeAt);
        for (Finding f : evaluator(completeAt).lateFindings(period, before, late, decidedAt)) {
            String line = OutputLines.finding(f);
            if (!published.contains(line)) {
                published.put(line, Boolean.TRUE);
                ctx.output(DecideCompanyWide.FINDINGS, line);
            }
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        Contributions all = merged(timestamp);
        parts.clear();
        count.clear();
        if (ctx.getCurrentKey().equals(PeriodPart.NO_PERIOD)) {
            for (Finding f : all.findings()) {
                ctx.output(DecideCompanyWide.FINDINGS, OutputLines.finding(f));
            }
            return;
        }
        CompanyWideDecision decision = evaluator(timestamp).decide(period(ctx.getCurrentKey(), timestamp), all);
        for (ObligationStatus s : decision.statuses()) {
            out.collect(OutputLines.status(s));
        }
        for (Finding f : decision.findings()) {
            ctx.output(DecideCompanyWide.FINDINGS, OutputLines.finding(f));
        }
        decided.update(ContributionPart.toBytes(all));
        for (byte[] bytes : heldLate.get()) {
            late(ctx.getCurrentKey(), timestamp, ContributionPart.read(bytes), all, ctx);
        }
        heldLate.clear();
    }

    private PortfolioEvaluator evaluator(long completeAt) {
        return calendar == null ? evaluator : calendar.at(Instant.ofEpochMilli(completeAt));
    }

    private CompanyPeriod period(String key, long completeAt) {
        if (calendar != null) {
            return calendar.period(key, Instant.ofEpochMilli(completeAt));
        }
        CompanyPeriod p = periods.get(key);
        if (p == null) {
            throw new IllegalArgumentException("period key = " + key + " is not a company-wide period as of " + asOf);
        }
        return p;
    }

    private Contributions merged(long completeAt) throws Exception {
        List<Contributions> held = new ArrayList<>();
        for (byte[] bytes : parts.get()) {
            held.add(ContributionPart.read(bytes));
        }
        return evaluator(completeAt).merge(held);
    }
}
