package org.crmpolicy.examples.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.rules.batch.ChunkOutcome;
import org.crmpolicy.rules.batch.CompanyPeriod;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * Step 1 of the streaming job, keyed by customer, in event time. Contacts are passed on to the company-wide
 * obligations as they arrive: once the customer's line is there and the watermark has reached a contact (or at once,
 * for a contact that comes later than that), the contacts waiting are evaluated with the customer and their
 * contributions go to {@link #PERIODS}, cut by (obligation, period) ({@link PortfolioEvaluator#byPeriod}). A customer's
 * line, when it arrives, tells every period the day its data starts (a part without candidates). A contact its reader
 * had already passed ({@link PortfolioLine#watermark}) is evaluated alone and goes on at once, as a late part to each
 * period completing by its reader's watermark (the late-record finding, never a changed status), whatever this task's
 * own watermark: which contact is late follows from the input alone.
 *
 * <p>The customer's own obligations (tiering, C and R per customer) are decided at the end of input, as of the job's
 * {@code asOf}, over everything received: its findings go to the main output, input that cannot be used to {@link
 * EvaluateCustomers#REJECTED}, and the sessions' company-level findings to {@link #PERIODS} under {@link
 * PeriodPart#NO_PERIOD}. The evaluator is built in {@link #open}, never shipped.
 */
public class EvaluateAsContactsArrive extends CustomerLinesFunction<String> {

    private static final long serialVersionUID = 1L;

    /** Contributions by (obligation, period), and the sessions' company-level findings. */
    public static final OutputTag<PeriodPart> PERIODS = new OutputTag<>("period-contributions") { };

    private final PolicySource source;
    private final Instant asOf;
    private transient PortfolioEvaluator evaluator;
    private transient ListState<String> waiting;

    public EvaluateAsContactsArrive(PolicySource source, Instant asOf) {
        this.source = source;
        this.asOf = asOf;
    }

    @Override
    public void open(OpenContext context) throws Exception {
        super.open(context);
        evaluator = source.policy().batch().evaluator(asOf);
        waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", String.class));
    }

    @Override
    public void processElement(PortfolioLine in, Context ctx, Collector<String> out) throws Exception {
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        switch (in.kind) {
            case PortfolioLine.CUSTOMER -> {
                rememberCustomer(in);
                Customer c = PortfolioFiles.customer(in.line);
                for (Map.Entry<CompanyPeriod, Contributions> part : evaluator.byPeriod(
                        Contributions.of(List.of(), List.of(), c.since())).entrySet()) {
                    ctx.output(PERIODS, new PeriodPart(part.getKey(), part.getValue()));
                }
                passOn(ctx);
            }
            case PortfolioLine.CONTACT -> {
                contacts.add(in.line);
                waiting.add(in.line);
                Long at = ctx.timestamp();
                if (at != null && holdIfBehind(in, at)) {
                    passOn(ctx);
                } else if (at == null || at <= ctx.timerService().currentWatermark()) {
                    passOn(ctx);       // later than the watermark: its periods may be decided, tell them now
                } else {
                    ctx.timerService().registerEventTimeTimer(at);
                }
            }
            case PortfolioLine.EVENT -> events.add(in.line);
            default -> throw notALineKind(in);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        passOn(ctx);
        if (timestamp == Long.MAX_VALUE) {
            decideTheCustomer(ctx, out);
        }
    }

    /** The waiting contacts' contributions, by period, once the customer is known. */
    private void passOn(Context ctx) throws Exception {
        String customerLine = customer.value();
        if (customerLine == null) {
            return;
        }
        List<String> onTime = new ArrayList<>();
        for (String line : waiting.get()) {
            Long readerWatermark = readerWatermarkBehind(line);
            if (readerWatermark == null) {
                onTime.add(line);
            } else {
                passOn(customerLine, List.of(PortfolioFiles.contact(line)), readerWatermark, ctx);
                releaseBehind(line);
            }
        }
        waiting.clear();
        passOn(customerLine, contactsInOrder(onTime), Long.MIN_VALUE, ctx);
    }

    /** The contributions of {@code log}, by period; late for the periods completing by {@code readerWatermark}. */
    private void passOn(String customerLine, List<Contact> log, long readerWatermark, Context ctx) throws Exception {
        if (log.isEmpty()) {
            return;
        }
        ChunkOutcome outcome = evaluator.evaluate(new CustomerContacts(PortfolioFiles.customer(customerLine), log,
                happened()));
        for (Map.Entry<CompanyPeriod, Contributions> part : evaluator.byPeriod(outcome.contributions()).entrySet()) {
            if (!part.getValue().byObligation().isEmpty()) {
                CompanyPeriod p = part.getKey();
                ctx.output(PERIODS, p.completeAt().toEpochMilli() <= readerWatermark
                        ? PeriodPart.late(p, part.getValue()) : new PeriodPart(p, part.getValue()));
            }
        }
    }

    private void decideTheCustomer(OnTimerContext ctx, Collector<String> out) throws Exception {
        waiting.clear();
        ChunkOutcome outcome = evaluateAndForget(ctx, evaluator);
        if (outcome == null) {
            return;
        }
        for (Finding f : outcome.findings()) {
            out.collect(OutputLines.finding(f));
        }
        for (RejectedInput r : outcome.rejected()) {
            ctx.output(EvaluateCustomers.REJECTED, r.toString());
        }
        if (!outcome.contributions().findings().isEmpty()) {
            ctx.output(PERIODS, new PeriodPart(PeriodPart.NO_PERIOD, Long.MAX_VALUE,
                    Contributions.of(List.of(), outcome.contributions().findings(), null)));
        }
    }
}
