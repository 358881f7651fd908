package org.crmpolicy.examples.flink;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time of the streaming job: a contact's timestamp is when it was made ({@code Contact.at()}); contacts arrive
 * out of order by at most the job's lateness, so the watermark trails the latest contact seen by that lateness. Emitted
 * with every contact that advances it (not only periodically), so a period is decided as soon as the input shows it is
 * complete. Customers and events carry no event time and never hold the watermark back.
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

    @Override
    public void onEvent(String line, long timestamp, WatermarkOutput output) {
        if (timestamp > latest) {
            latest = timestamp;
            long watermark = latest - lateness - 1;
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
