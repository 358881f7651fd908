package org.crmpolicy.examples.flink;

import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.crmpolicy.rules.batch.CompanyPeriod;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * Gives every company-wide period of the streaming job a part with nothing in it, once, so that each is decided even
 * when no customer contributes to it (an empty portfolio decides over no contributions, as {@code PortfolioBatch}
 * does). Fed one element by a one-element source; builds its evaluator in {@link #open}.
 */
public class AnnounceCompanyPeriods extends RichFlatMapFunction<String, PeriodPart> {

    private static final long serialVersionUID = 1L;

    private final PolicySource source;
    private final Instant asOf;
    private transient PortfolioEvaluator evaluator;

    public AnnounceCompanyPeriods(PolicySource source, Instant asOf) {
        this.source = source;
        this.asOf = asOf;
    }

    @Override
    public void open(OpenContext context) {
        evaluator = source.policy().batch().evaluator(asOf);
    }

    @Override
    public void flatMap(String start, Collector<PeriodPart> out) {
        for (CompanyPeriod p : evaluator.companyPeriods()) {
            out.collect(new PeriodPart(p, Contributions.none()));
        }
    }
}
