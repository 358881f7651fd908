package org.crmpolicy.rules.batch;

import java.util.Objects;
import org.crmpolicy.obligation.Period;

/**
 * One company-wide obligation (C4, C8, C10, R2 chairman/GM, R4 BU head, R6) and one period it is decided for: what an
 * engine that decides each period when it is complete (a streaming job, when its watermark passes {@link Period#end()})
 * keys contributions by. {@link PortfolioEvaluator#companyPeriods()} lists them, {@link PortfolioEvaluator#byPeriod}
 * cuts contributions by them, {@link PortfolioEvaluator#decide(CompanyPeriod, Contributions)} decides one. Immutable.
 *
 * @param obligationKey the obligation's {@code ContactObligation.key()}
 * @param period        the calendar period
 */
public record CompanyPeriod(String obligationKey, Period period) {

    public CompanyPeriod {
        Objects.requireNonNull(obligationKey, "obligationKey must not be null");
        Objects.requireNonNull(period, "period must not be null");
    }

    /** A stable text key, unique among the periods of one evaluator: {@code C4/GM/COMPANY_WIDE @ 2025-11}. */
    public String key() {
        return obligationKey + " @ " + period.label();
    }

    /**
     * From when no contact changes this period's decision: its end plus one day, the day after the end whose contacts
     * the decision reports as made outside the period (its evidence, as {@link PortfolioEvaluator#decide(Contributions)}
     * reports it). An engine decides the period once its event time (a watermark) has passed this instant.
     */
    public java.time.Instant completeAt() {
        return period.end().plusSeconds(86_400);
    }

    @Override
    public String toString() {
        return key();
    }
}
