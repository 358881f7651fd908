package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * Granting a customer a preferential policy (T8 / A3).
 *
 * @param grantId          the host's number for the grant
 * @param customerId       the customer
 * @param tier             the customer's tier on file (e.g. from {@code CrmPolicy.classify})
 * @param passedEvaluation whether the customer passed the comprehensive evaluation (全面综合考评)
 * @param benefits         what is granted; not empty
 * @param on               the day of the grant
 */
public record PreferentialPolicyGrant(String grantId, CustomerId customerId, Tier tier, boolean passedEvaluation,
                                      Set<PreferentialBenefit> benefits, LocalDate on) implements HostAction {

    public PreferentialPolicyGrant {
        Arguments.id(grantId, "grantId");
        Arguments.nonNull(customerId, "grant " + grantId + " customerId");
        Arguments.nonNull(tier, "grant " + grantId + " tier");
        Arguments.nonNull(benefits, "grant " + grantId + " benefits");
        if (benefits.isEmpty()) {
            throw new IllegalArgumentException("grant " + grantId + " benefits is empty: name what is granted");
        }
        benefits = Set.copyOf(EnumSet.copyOf(benefits));
        Arguments.nonNull(on, "grant " + grantId + " on");
    }

    @Override
    public String subjectId() {
        return grantId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.PREFERENTIAL_POLICY;
    }
}
