package org.crmpolicy.examples.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.rules.batch.ChunkOutcome;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * What the job's keyed steps share, keyed by customer: the customer's line, its contacts' and its events' lines in
 * keyed state, the contacts that came behind their reader's watermark with it ({@link #holdIfBehind}), a customer
 * line given twice refused naming the id, and the customer evaluated over everything
 * received, with the contacts and events of a customer the customers file does not have reported as rejected.
 *
 * @param <O> what the step emits on its main output
 */
abstract class CustomerLinesFunction<O> extends KeyedProcessFunction<String, PortfolioLine, O> {

    private static final long serialVersionUID = 1L;

    /** The order a customer's contacts are evaluated in: by time, then id. */
    static final Comparator<Contact> BY_TIME = Comparator.comparing(Contact::at).thenComparing(Contact::id);

    transient ValueState<String> customer;
    transient ListState<String> contacts;
    transient ListState<String> events;
    /** Contact lines that came behind their reader's watermark, with it: late for the periods completing by then. */
    private transient MapState<String, Long> behind;

    /** Registers the shared state; a step with more state calls this first. */
    @Override
    public void open(OpenContext context) throws Exception {
        customer = getRuntimeContext().getState(new ValueStateDescriptor<>("customer", String.class));
        contacts = getRuntimeContext().getListState(new ListStateDescriptor<>("contacts", String.class));
        events = getRuntimeContext().getListState(new ListStateDescriptor<>("events", String.class));
        behind = getRuntimeContext().getMapState(new MapStateDescriptor<>("behind the reader's watermark",
                String.class, Long.class));
    }

    /**
     * Keeps the contact {@code in}, made at {@code at} (epoch milliseconds), with its reader's watermark when it came
     * behind it ({@link PortfolioLine#behindItsWatermark}).
     *
     * @return whether it came behind its reader's watermark
     */
    final boolean holdIfBehind(PortfolioLine in, long at) throws Exception {
        if (!in.behindItsWatermark(at)) {
            return false;
        }
        behind.put(in.line, in.watermark);
        return true;
    }

    /** The watermark of its reader the contact {@code line} came behind; {@code null} for one held by none. */
    final Long readerWatermarkBehind(String line) throws Exception {
        return behind.get(line);
    }

    /** Forgets that the contact {@code line} came behind its reader's watermark. */
    final void releaseBehind(String line) throws Exception {
        behind.remove(line);
    }

    /** Keeps the customer's line; a second line for the same id is caller error naming it. */
    final void rememberCustomer(PortfolioLine in) throws Exception {
        if (customer.value() != null) {
            throw new IllegalArgumentException("customers file: customer id " + in.customerId
                    + " appears more than once");
        }
        customer.update(in.line);
    }

    static IllegalArgumentException notALineKind(PortfolioLine in) {
        return new IllegalArgumentException("kind = " + in.kind + " is not a portfolio line kind");
    }

    /** The customer's events received so far. */
    final List<CustomerEvent> happened() throws Exception {
        List<CustomerEvent> happened = new ArrayList<>();
        for (String line : events.get()) {
            happened.add(PortfolioFiles.event(line));
        }
        return happened;
    }

    /** The contacts of {@code lines}, in {@link #BY_TIME} order. */
    static List<Contact> contactsInOrder(Iterable<String> lines) {
        List<Contact> log = new ArrayList<>();
        for (String line : lines) {
            log.add(PortfolioFiles.contact(line));
        }
        log.sort(BY_TIME);
        return log;
    }

    /**
     * Evaluates the customer over every contact and event received and clears the shared state (a step clears its
     * own). Without a customer line, each contact and event goes to {@link EvaluateCustomers#REJECTED} and the result
     * is {@code null}.
     */
    final ChunkOutcome evaluateAndForget(Context ctx, PortfolioEvaluator evaluator) throws Exception {
        String customerLine = customer.value();
        List<Contact> log = contactsInOrder(contacts.get());
        List<CustomerEvent> happened = happened();
        customer.clear();
        contacts.clear();
        events.clear();
        if (customerLine == null) {
            for (Contact c : log) {
                ctx.output(EvaluateCustomers.REJECTED, "contact " + c.id() + ": customer " + ctx.getCurrentKey()
                        + " is not in the customers file");
            }
            for (CustomerEvent e : happened) {
                ctx.output(EvaluateCustomers.REJECTED, "event " + e.id() + ": customer " + ctx.getCurrentKey()
                        + " is not in the customers file");
            }
            return null;
        }
        return evaluator.evaluate(new CustomerContacts(PortfolioFiles.customer(customerLine), log, happened));
    }
}
