package org.crmpolicy.examples.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.util.Collector;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.rules.batch.CompanyPeriod;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * Step 1 of the streaming job whose {@code asOf} moves with the watermark ({@link
 * PortfolioJob#defineStreamingPeriodByPeriod}), keyed by customer, in event time: each time the watermark passes the
 * completion of company-wide periods ({@link CompanyPeriod#completeAt()}: week after week, month after month, from the
 * job's start instant on), the customer's contacts so far are evaluated as of that completion and its part of each
 * period completing then goes on, every period hearing of every customer (a part without candidates carries the data
 * bound). A contact that comes after a period it concerns was passed on is evaluated alone, as of that period's
 * completion, and goes to the period as a late part (the late-record finding, never a new status). So does a contact
 * its reader had already passed ({@link PortfolioLine#watermark}) for the periods completing by then, even when this
 * task's own watermark, held back by another reader, has not reached them yet: which contact is late follows from the
 * input alone.
 *
 * <p>The customer's contacts are kept as long as a period still to complete may look at them. The customer's own
 * obligations are not judged here (the BATCH job does them nightly). At the end of a bounded input nothing is decided:
 * a period the watermark never passed is not complete. The evaluators are built in {@link #open}, never shipped.
 */
public class EvaluatePeriodByPeriod extends CustomerLinesFunction<PeriodPart> {

    private static final long serialVersionUID = 1L;
    /** How far back a late contact is looked at: longer than any company-wide period and its day of evidence. */
    private static final long LONGEST_PERIOD_MILLIS = 400L * 86_400_000L;

    private final PolicySource source;
    private final Instant from;
    private transient CompletionCalendar calendar;
    private transient ValueState<Long> passedThrough;

    /** @param from the periods completing after this instant are decided, one completion after the other */
    public EvaluatePeriodByPeriod(PolicySource source, Instant from) {
        this.source = source;
        this.from = from;
    }

    @Override
    public void open(OpenContext context) throws Exception {
        super.open(context);
        calendar = new CompletionCalendar(source.policy());
        passedThrough = getRuntimeContext().getState(new ValueStateDescriptor<>("passed through", Long.class));
    }

    @Override
    public void processElement(PortfolioLine in, Context ctx, Collector<PeriodPart> out) throws Exception {
        switch (in.kind) {
            case PortfolioLine.CUSTOMER -> {
                rememberCustomer(in);
                Instant first = calendar.next(from);
                if (first != null) {
                    ctx.timerService().registerEventTimeTimer(first.toEpochMilli());
                }
            }
            case PortfolioLine.CONTACT -> {
                contacts.add(in.line);
                Contact contact = PortfolioFiles.contact(in.line);
                Long through = passedThrough.value();
                if (through != null) {
                    late(contact, Instant.ofEpochMilli(through), out);
                }
                holdIfBehind(in, contact.at().toEpochMilli());  // late too for the completions up to its stamp to come
            }
            case PortfolioLine.EVENT -> events.add(in.line);
            default -> throw notALineKind(in);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<PeriodPart> out) throws Exception {
        if (ctx.timerService().currentWatermark() == Long.MAX_VALUE) {
            return;     // the end of a bounded input: the periods completing now are not complete
        }
        Instant completion = Instant.ofEpochMilli(timestamp);
        List<Contact> before = new ArrayList<>();
        List<Contact> lateHere = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Instant stillOpen = calendar.stillOpenFrom(completion);
        for (String line : contacts.get()) {
            Contact c = PortfolioFiles.contact(line);
            Long readerWatermark = readerWatermarkBehind(line);
            if (c.at().isBefore(completion)) {
                (readerWatermark != null && timestamp <= readerWatermark ? lateHere : before).add(c);
            }
            if (!c.at().isBefore(stillOpen)) {
                kept.add(line);
            } else if (readerWatermark != null) {
                releaseBehind(line);
            }
        }
        contacts.update(kept);
        passOn(completion, before, true, out);
        for (Contact c : lateHere) {
            passOn(completion, List.of(c), false, out);
        }
        passedThrough.update(timestamp);
        Instant next = calendar.next(completion);
        if (next != null) {
            ctx.timerService().registerEventTimeTimer(next.toEpochMilli());
        }
    }

    /** A contact that came after periods it concerns were passed on: to each of them, alone, as a late part. */
    private void late(Contact contact, Instant through, Collector<PeriodPart> out) throws Exception {
        for (Instant completion = calendar.next(contact.at()); completion != null && !completion.isAfter(through)
                && completion.toEpochMilli() - contact.at().toEpochMilli() <= LONGEST_PERIOD_MILLIS;
                completion = calendar.next(completion)) {
            passOn(completion, List.of(contact), false, out);
        }
    }

    /** The contributions of {@code log} to each period completing at {@code completion}, as of that instant. */
    private void passOn(Instant completion, List<Contact> log, boolean onTime, Collector<PeriodPart> out)
            throws Exception {
        String customerLine = customer.value();
        List<CompanyPeriod> completing = calendar.completing(completion);
        if (customerLine == null || completing.isEmpty()) {
            return;
        }
        List<Contact> sorted = new ArrayList<>(log);
        sorted.sort(BY_TIME);
        PortfolioEvaluator evaluator = calendar.at(completion);
        Map<CompanyPeriod, Contributions> parts = evaluator.byPeriod(evaluator.evaluate(new CustomerContacts(
                PortfolioFiles.customer(customerLine), sorted, happened())).contributions());
        for (CompanyPeriod p : completing) {
            Contributions part = parts.get(p);
            if (onTime || !part.byObligation().isEmpty()
                    && sorted.stream().anyMatch(c -> CompletionCalendar.concerns(p, c.at()))) {
                out.collect(onTime ? new PeriodPart(p, part) : PeriodPart.late(p, part));
            }
        }
    }}
