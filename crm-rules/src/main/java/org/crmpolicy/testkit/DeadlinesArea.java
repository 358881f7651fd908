package org.crmpolicy.testkit;

import java.util.ArrayList;
import java.util.List;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InstallmentSchedule;
import org.crmpolicy.deadline.OverdueDelivery;
import org.crmpolicy.deadline.Shipment;

/**
 * The deadlines area of the test kit (D1–D4, D8, D9, D14): schedules every {@link Inquiry}, {@link OverdueDelivery},
 * {@link Shipment} and {@link InstallmentSchedule} of the scenario with {@code CrmPolicy.deadlines()} and reviews
 * them as of the scenario's {@code asOf} with no events (nothing met, nothing paused), so a deadline already past
 * carries its breach finding. Returns a {@link DeadlineOutcome}. Stateless and thread-safe.
 */
public final class DeadlinesArea implements Area<DeadlineOutcome> {

    private static final DeadlinesArea INSTANCE = new DeadlinesArea();

    private DeadlinesArea() {
    }

    /** The deadlines area, for {@code scenario.then(DeadlinesArea.deadlines())}. */
    public static DeadlinesArea deadlines() {
        return INSTANCE;
    }

    @Override
    public DeadlineOutcome evaluate(PolicyScenario.Given given) {
        var service = given.policy().deadlines();
        List<Deadline> all = new ArrayList<>(service.forInquiries(given.facts(Inquiry.class)));
        given.facts(OverdueDelivery.class).forEach(d -> all.addAll(service.forOverdueDelivery(d)));
        given.facts(Shipment.class).forEach(s -> all.addAll(service.forShipment(s)));
        given.facts(InstallmentSchedule.class).forEach(s -> all.addAll(service.forInstallments(s)));
        return new DeadlineOutcome(given, all, service.review(all, List.of(), given.asOf()).findings());
    }
}
