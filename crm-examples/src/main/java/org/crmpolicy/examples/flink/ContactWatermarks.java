package org.crmpolicy.examples.flink;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Event time of the streaming job: a contact's timestamp is when it was made ({@code Contact.at()}); contacts arrive
 * out of order by at most the job's lateness, so the watermark trails the latest contact seen by that lateness. Emitted
 * with every contact that advances it (not only periodically), so a period is decided as soon as the input shows it is
 * complete. Customers and events carry no event time: in the job of one {@code asOf} they are read to their end before
 * the watermark moves ({@link #referenceReadFirst()}), in the job period by period they never hold it back ({@link
 * #reference()}).
 *
 * <p>Which contact came later than the lateness is decided where the input is read, not where it is judged: the
 * watermark a keyed task sees is the least of every reader's, so it may trail the contacts' reader by any amount, and a
 * task that judged "late" by its own watermark would count a late contact on one run and report it on the next. Each
 * contact line therefore carries the watermark its reader had emitted before it ({@link #stamped}); a contact made at
 * or before that came late, for every period completing by then, whatever the judging task's watermark.
 */
final class ContactWatermarks implements WatermarkGenerator<String> {

    private final long lateness;
    private long latest = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    private ContactWatermarks(Duration lateness) {
        this.lateness = lateness.toMillis();
    }

    /** Contact lines, their timestamps the contacts' {@code at}, out of order by at most {@code lateness}. */
    static WatermarkStrategy<String> contacts(Duration lateness) {
        long millis = lateness.toMillis();
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("lateness = " + lateness + " must not be negative");
        }
        return WatermarkStrategy.<String>forGenerator(c -> new ContactWatermarks(Duration.ofMillis(millis)))
                .withTimestampAssigner((line, previous) -> PortfolioFiles.contact(line).at().toEpochMilli());
    }

    /**
     * Lines without event time (customers, events) read to their end before the watermark moves: no watermark until
     * the end of their input, then the end of time. So every customer's line has reached its task before any period is
     * decided, whichever reader is faster, and the statuses are the same on every run over the same files. For the job
     * of one {@code asOf}, which decides at the end of input anyway; the job period by period needs the watermark to
     * move while contacts still come ({@link #reference()}).
     */
    static WatermarkStrategy<String> referenceReadFirst() {
        return WatermarkStrategy.noWatermarks();
    }

    /** Lines without event time (customers, events): their watermark is the end of time from the start. */
    static WatermarkStrategy<String> reference() {
        return WatermarkStrategy.<String>forGenerator(c -> new WatermarkGenerator<>() {
            @Override
            public void onEvent(String event, long timestamp, WatermarkOutput output) {
                output.emitWatermark(Watermark.MAX_WATERMARK);
            }

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {
                output.emitWatermark(Watermark.MAX_WATERMARK);
            }
        });
    }

    /**
     * Contact lines as their reader reads them, each with the watermark the reader had emitted before it ({@link
     * PortfolioLine#watermark}): the same arithmetic as the watermark generator, over the same lines in the same order
     * (one reader per contacts file: a text file is one split). Runs chained to the reader; the latest contact seen is
     * checkpointed with it.
     */
    static MapFunction<String, PortfolioLine> stamped(Duration lateness) {
        return new Stamp(lateness.toMillis());
    }

    /** The watermark once the latest contact seen was made at {@code latest} (epoch milliseconds). */
    private static long watermarkAfter(long latest, long lateness) {
        return latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest - lateness - 1;
    }

    private static final class Stamp implements MapFunction<String, PortfolioLine>, CheckpointedFunction {

        private static final long serialVersionUID = 1L;
        private final long lateness;
        private long latest = Long.MIN_VALUE;
        private transient ListState<Long> checkpointed;

        Stamp(long lateness) {
            this.lateness = lateness;
        }

        @Override
        public PortfolioLine map(String line) {
            long watermark = watermarkAfter(latest, lateness);
            latest = Math.max(latest, PortfolioFiles.contact(line).at().toEpochMilli());
            return new PortfolioLine(PortfolioLine.CONTACT, line, watermark);
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            checkpointed.update(List.of(latest));
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            checkpointed = context.getOperatorStateStore().getListState(
                    new ListStateDescriptor<>("latest contact", Long.class));
            for (Long restored : checkpointed.get()) {
                latest = Math.max(latest, restored);
            }
        }
    }

    @Override
    public void onEvent(String line, long timestamp, WatermarkOutput output) {
        if (timestamp > latest) {
            latest = timestamp;
            long watermark = watermarkAfter(latest, lateness);
            if (watermark > emitted) {
                emitted = watermark;
                output.emitWatermark(new Watermark(watermark));
            }
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // emitted with the contacts themselves
    }
}
