package org.crmpolicy.examples.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * The streaming tests' input, as {@link #write} writes it: a portfolio's files with its contacts in event-time order
 * shuffled by up to the {@link #LATENESS} (seeded), with a GM call to a strategic partner of October 31 that comes five
 * hours of event time late (within the lateness, {@code outOfOrder}), and one of October 30 at the very end (weeks
 * late, {@code late}).
 *
 * @param partner      the strategic partner both calls are to
 * @param outOfOrder   the call within the lateness
 * @param late         the call weeks late, the contacts file's last line
 * @param contactOrder the contacts file's lines, in the order written
 */
record ShuffledContacts(CustomerContacts partner, Contact outOfOrder, Contact late, List<String> contactOrder) {

    /** The streaming jobs' lateness in these tests. */
    static final Duration LATENESS = Duration.ofHours(6);
    /** How far out of order the call within the lateness comes. */
    static final Duration OUT_OF_ORDER_BY = Duration.ofHours(5);

    /** Writes the files of {@code portfolio} to {@code input}, its contacts shuffled, the two GM calls added. */
    static ShuffledContacts write(List<CustomerContacts> portfolio, Path input) throws IOException {
        CustomerContacts partner = strategicPartner(portfolio);
        Contact outOfOrder = Contact.of("OOO-GM", partner.customer().id(), "E-GM", ContactRole.GM, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-10-31T15:00:00Z"));       // Oct 31 23:00 in Shanghai
        Contact late = Contact.of("LATE-GM", partner.customer().id(), "E-GM", ContactRole.GM, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-10-30T03:00:00Z"));
        PortfolioFiles.write(portfolio, input);
        List<String> contactOrder = inEventTimeOrder(portfolio, outOfOrder, OUT_OF_ORDER_BY);
        contactOrder.add(PortfolioFiles.contactLine(late));
        Files.write(input.resolve(PortfolioFiles.CONTACTS), contactOrder, StandardCharsets.UTF_8);
        return new ShuffledContacts(partner, outOfOrder, late, contactOrder);
    }

    /**
     * The portfolio's contact lines in event-time order, each shuffled by up to {@link #LATENESS} (seeded), with {@code
     * delayed} arriving {@code delay} of event time after it was made.
     */
    static List<String> inEventTimeOrder(List<CustomerContacts> portfolio, Contact delayed, Duration delay) {
        Random random = new Random(17);
        record Keyed(long key, String line) { }
        List<Keyed> keyed = new ArrayList<>();
        for (CustomerContacts cc : portfolio) {
            for (Contact c : cc.contacts()) {
                keyed.add(new Keyed(c.at().toEpochMilli() + (long) (random.nextDouble() * LATENESS.toMillis()),
                        PortfolioFiles.contactLine(c)));
            }
        }
        keyed.add(new Keyed(delayed.at().plus(delay).toEpochMilli(), PortfolioFiles.contactLine(delayed)));
        keyed.sort(Comparator.comparingLong(Keyed::key));
        return new ArrayList<>(keyed.stream().map(Keyed::line).toList());
    }

    /** Whether {@code line} is the late-record finding the weeks-late call makes. */
    static boolean isTheLateFinding(String line) {
        return line.contains("LATE-GM") && line.contains("recorded only after the period closed");
    }

    /** The first strategic partner of {@code portfolio}, as of the streaming tests' {@code asOf}. */
    static CustomerContacts strategicPartner(List<CustomerContacts> portfolio) {
        PortfolioEvaluator ev = PolicySource.shipped().policy().batch().evaluator(PortfolioJobTest.AS_OF);
        for (CustomerContacts cc : portfolio) {
            if (ev.evaluate(cc).tiers().containsKey(Tier.STRATEGIC_PARTNER)) {
                return cc;
            }
        }
        throw new IllegalStateException("the sample portfolio has no strategic partner");
    }
}
