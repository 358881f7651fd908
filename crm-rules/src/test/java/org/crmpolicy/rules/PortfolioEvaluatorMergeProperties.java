package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmpolicy.reliability.PersonalDataGuard;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;

/**
 * Merge of company-wide contributions (issue 17) over random cuts of a portfolio into three groups evaluated as
 * chunks: commutative, associative, all-at-once equal to two by two, and whatever the cut, the same decision.
 */
class PortfolioEvaluatorMergeProperties {

    private static final List<CustomerContacts> PORTFOLIO =
            PortfolioEvaluatorTest.withCompanyWideContacts(PortfolioBatchTest.portfolio(60));
    private static final PortfolioEvaluator EVALUATOR = CrmPolicy.standard().batch()
            .evaluator(PortfolioEvaluatorTest.AS_OF);
    private static final Contributions WHOLE = EVALUATOR.evaluate(PORTFOLIO).contributions();

    @AfterContainer
    static void noPersonalDataSeen() {
        PersonalDataGuard.install();
        PersonalDataGuard.assertClean();
    }

    @Property(tries = 25)
    void mergeIsCommutativeAndAssociativeForAnyCutOfThePortfolio(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 58) int first, @ForAll @IntRange(min = 1, max = 58) int second) {
        // given: the customers shuffled and cut into three non-empty groups
        List<CustomerContacts> shuffled = new ArrayList<>(PORTFOLIO);
        Collections.shuffle(shuffled, new Random(seed));
        int cut1 = Math.min(first, second);
        int cut2 = Math.max(first, second) == cut1 ? cut1 + 1 : Math.max(first, second);
        Contributions a = EVALUATOR.evaluate(shuffled.subList(0, cut1)).contributions();
        Contributions b = EVALUATOR.evaluate(shuffled.subList(cut1, cut2)).contributions();
        Contributions c = EVALUATOR.evaluate(shuffled.subList(cut2, shuffled.size())).contributions();

        // then
        Contributions abc = EVALUATOR.merge(EVALUATOR.merge(a, b), c);
        assertThat(EVALUATOR.merge(a, b)).isEqualTo(EVALUATOR.merge(b, a));
        assertThat(EVALUATOR.merge(a, EVALUATOR.merge(b, c))).isEqualTo(abc);
        assertThat(EVALUATOR.merge(List.of(c, a, b))).isEqualTo(abc);
        assertThat(EVALUATOR.decide(abc)).isEqualTo(EVALUATOR.decide(WHOLE));
    }
}
