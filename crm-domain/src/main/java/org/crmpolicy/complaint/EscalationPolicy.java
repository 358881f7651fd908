package org.crmpolicy.complaint;

import java.math.BigDecimal;
import org.crmpolicy.money.Money;
import java.util.EnumSet;
import java.util.Set;

/**
 * The P4 escalation policy: which escalations a complaint's facts call for. A claim at or above the large-claim
 * bound ("以上" is inclusive) or a major social impact calls for the GM office meeting or the board; litigation calls
 * for the legal department together with the competent department and the responsible unit.
 *
 * <p>The bound is not in the sources: it is the named parameter {@code P4.large-claim-bound-cny} (default 50,000
 * CNY) of crm-rules, passed in here. Immutable and thread-safe.
 *
 * @param largeClaimBound the smallest claim, in CNY, that counts as large; positive
 */
public record EscalationPolicy(BigDecimal largeClaimBound) {

    public EscalationPolicy {
        Money.cny(largeClaimBound, "largeClaimBound", "EscalationPolicy");
        if (largeClaimBound.signum() <= 0) {
            throw new IllegalArgumentException("largeClaimBound = " + largeClaimBound.toPlainString()
                    + " CNY must be positive");
        }
    }

    public static EscalationPolicy ofLargeClaimBound(BigDecimal bound) {
        return new EscalationPolicy(bound);
    }

    /** True when {@code claim} (CNY) is at or above the bound; false for {@code null}. */
    public boolean isLargeClaim(Money claim) {
        return claim != null && claim.isAtLeast(largeClaimBound);
    }

    /** The reasons for escalation the complaint's recorded facts give, whether or not it was escalated yet. */
    public Set<EscalationReason> reasonsFor(Complaint complaint) {
        Set<EscalationReason> reasons = EnumSet.noneOf(EscalationReason.class);
        if (isLargeClaim(complaint.claimAmount())) {
            reasons.add(EscalationReason.LARGE_CLAIM);
        }
        if (complaint.hasMajorSocialImpact()) {
            reasons.add(EscalationReason.MAJOR_SOCIAL_IMPACT);
        }
        if (complaint.isInLitigation()) {
            reasons.add(EscalationReason.LITIGATION);
        }
        return reasons;
    }

    /** The reasons for escalation the complaint's facts give that no escalation has answered yet. */
    public Set<EscalationReason> pendingFor(Complaint complaint) {
        Set<EscalationReason> pending = reasonsFor(complaint);
        for (Escalation e : complaint.escalations()) {
            pending.remove(e.reason());
        }
        return pending;
    }
}
