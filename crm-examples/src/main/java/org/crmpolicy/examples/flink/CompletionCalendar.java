package org.crmpolicy.examples.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.CompanyPeriod;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * The company-wide periods of the job whose {@code asOf} moves with the watermark, period after period: an evaluator
 * as of each period's completion ({@link CompanyPeriod#completeAt()}), which decides that period as the period before
 * the one containing its {@code asOf}, as {@code PortfolioBatch} run as of that instant does. Evaluators are made from
 * one policy and kept for the last instants asked (a few per period kind). Built in a function's {@code open}, never
 * shipped; not thread-safe (one per task).
 */
final class CompletionCalendar {

    private static final int KEPT = 64;
    private static final long DAY = 86_400_000L;

    private final CrmPolicy policy;
    private final Map<Instant, PortfolioEvaluator> evaluators = new LinkedHashMap<>(KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, PortfolioEvaluator> eldest) {
            return size() > KEPT;
        }
    };

    CompletionCalendar(CrmPolicy policy) {
        this.policy = policy;
    }

    /** The evaluator as of {@code asOf}. */
    PortfolioEvaluator at(Instant asOf) {
        return evaluators.computeIfAbsent(asOf, a -> policy.batch().evaluator(a));
    }

    /** The earliest completion of a company-wide period after {@code after}; null when the rules have none. */
    Instant next(Instant after) {
        Instant next = null;
        for (CompanyPeriod p : at(after).companyPeriods()) {
            if (p.completeAt().isAfter(after) && (next == null || p.completeAt().isBefore(next))) {
                next = p.completeAt();
            }
        }
        return next;
    }

    /** The periods that complete at {@code completion} (each decided by the evaluator {@link #at} that instant). */
    List<CompanyPeriod> completing(Instant completion) {
        List<CompanyPeriod> periods = new ArrayList<>();
        for (CompanyPeriod p : at(completion).companyPeriods()) {
            if (p.completeAt().equals(completion)) {
                periods.add(p);
            }
        }
        return periods;
    }

    /** The period with {@code key} that completes at {@code completion}. */
    CompanyPeriod period(String key, Instant completion) {
        for (CompanyPeriod p : completing(completion)) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("period key = " + key + " is not a company-wide period completing at "
                + completion);
    }

    /**
     * From when contacts may still count for a period not complete at {@code now}: the earliest start, less the day of
     * evidence before it, of the periods completing after {@code now}. Older contacts matter to no period to come.
     */
    Instant stillOpenFrom(Instant now) {
        Instant from = now;
        for (CompanyPeriod p : at(now).companyPeriods()) {
            Instant start = p.period().start().minusMillis(DAY);
            if (p.completeAt().isAfter(now) && start.isBefore(from)) {
                from = start;
            }
        }
        return from;
    }

    /** Whether a contact made at {@code at} is evidence for {@code p}: from a day before it to a day after it. */
    static boolean concerns(CompanyPeriod p, Instant at) {
        return !at.isBefore(p.period().start().minusMillis(DAY)) && at.isBefore(p.completeAt());
    }
}
