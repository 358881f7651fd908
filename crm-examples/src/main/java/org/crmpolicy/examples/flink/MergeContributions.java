package org.crmpolicy.examples.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * Step 2, keyed by obligation: collects every customer's contributions to one company-wide obligation and, when the
 * input is complete, emits their merge. Parts are appended to list state (no read per element); every
 * {@value #COLLAPSE_AT} parts they are merged into one, so the state stays bounded by what the merge keeps.
 */
public class MergeContributions extends KeyedProcessFunction<String, ContributionPart, ContributionPart> {

    private static final long serialVersionUID = 1L;

    static final int COLLAPSE_AT = 512;

    private final PolicySource source;
    private final Instant asOf;
    private transient PortfolioEvaluator evaluator;
    private transient ListState<byte[]> parts;
    private transient ValueState<Integer> count;

    public MergeContributions(PolicySource source, Instant asOf) {
        this.source = source;
        this.asOf = asOf;
    }

    @Override
    public void open(OpenContext context) {
        evaluator = source.policy().batch().evaluator(asOf);
        parts = getRuntimeContext().getListState(new ListStateDescriptor<>("parts", byte[].class));
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Integer.class));
    }

    @Override
    public void processElement(ContributionPart in, Context ctx, Collector<ContributionPart> out) throws Exception {
        parts.add(in.bytes);
        int n = count.value() == null ? 1 : count.value() + 1;
        if (n >= COLLAPSE_AT) {
            parts.update(List.of(ContributionPart.toBytes(merged())));
            n = 1;
        }
        count.update(n);
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ContributionPart> out) throws Exception {
        out.collect(new ContributionPart(ctx.getCurrentKey(), merged()));
        parts.clear();
        count.clear();
    }

    private Contributions merged() throws Exception {
        List<Contributions> held = new ArrayList<>();
        for (byte[] bytes : parts.get()) {
            held.add(ContributionPart.read(bytes));
        }
        return evaluator.merge(held);
    }
}
