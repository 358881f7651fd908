package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.functions.MapFunction;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * Which contact came later than the lateness is decided from the order of the contacts file alone: each line carries
 * the watermark its reader had emitted before it, computed exactly as the watermark itself is, so a keyed task whose
 * own watermark is held back by another reader still knows the contact is late.
 */
class ContactWatermarksTest {

    static final Duration LATENESS = Duration.ofHours(6);
    static final Instant NOON = Instant.parse("2025-10-31T04:00:00Z");

    static String line(String id, Instant at) {
        return PortfolioFiles.contactLine(Contact.of(id, CustomerId.of("C-1"), "E-1", ContactRole.SALES_STAFF,
                Channel.PHONE, Purpose.ROUTINE, at));
    }

    @Test
    void eachContactCarriesTheWatermarkItsReaderHadEmittedBeforeIt() throws Exception {
        MapFunction<String, PortfolioLine> stamp = ContactWatermarks.stamped(LATENESS);
        List<String> lines = List.of(line("A", NOON), line("B", NOON.plus(Duration.ofHours(10))),
                line("C", NOON.plus(Duration.ofHours(4))), line("D", NOON.plus(Duration.ofHours(4)).minusMillis(1)));
        List<Long> emitted = new ArrayList<>();
        var generator = ContactWatermarks.contacts(LATENESS).createWatermarkGenerator(null);
        WatermarkOutput output = new WatermarkOutput() {
            @Override
            public void emitWatermark(Watermark watermark) {
                emitted.add(watermark.getTimestamp());
            }

            @Override
            public void markIdle() {
            }

            @Override
            public void markActive() {
            }
        };
        List<PortfolioLine> stamped = new ArrayList<>();
        List<Long> watermarkBefore = new ArrayList<>();
        for (String l : lines) {
            stamped.add(stamp.map(l));
            watermarkBefore.add(emitted.isEmpty() ? Long.MIN_VALUE : emitted.get(emitted.size() - 1));
            generator.onEvent(l, PortfolioFiles.contact(l).at().toEpochMilli(), output);
        }

        assertThat(stamped).extracting(p -> p.watermark).containsExactlyElementsOf(watermarkBefore);
        long afterB = NOON.plus(Duration.ofHours(4)).toEpochMilli() - 1;
        assertThat(stamped).extracting(p -> p.watermark).containsExactly(Long.MIN_VALUE,
                NOON.minus(LATENESS).toEpochMilli() - 1, afterB, afterB);
        // C, made exactly lateness + 1 ms before the latest contact, is still on time; D, a millisecond earlier, is late
        assertThat(stamped.get(2).behindItsWatermark(PortfolioFiles.contact(lines.get(2)).at().toEpochMilli()))
                .isFalse();
        assertThat(stamped.get(3).behindItsWatermark(PortfolioFiles.contact(lines.get(3)).at().toEpochMilli()))
                .isTrue();
        assertThat(stamped).allSatisfy(p -> assertThat(p.kind).isEqualTo(PortfolioLine.CONTACT));
    }

    @Test
    void linesWithoutEventTimeAreNeverBehind() {
        PortfolioLine customer = new PortfolioLine(PortfolioLine.CUSTOMER, line("X", NOON));

        assertThat(customer.behindItsWatermark(Long.MIN_VALUE + 1)).isFalse();
    }

    @Test
    void aNegativeLatenessIsRefusedNamingIt() {
        assertThatThrownBy(() -> ContactWatermarks.contacts(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lateness = PT-1H");
    }
}
