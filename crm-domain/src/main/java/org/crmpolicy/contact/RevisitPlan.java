package org.crmpolicy.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.approval.HostAction;
import org.crmpolicy.customer.CustomerId;

/**
 * A revisit plan (003 §17(三)5). An ad-hoc (临时) plan, made for a customer's sudden need or a problem many customers
 * raise, needs company-leadership approval before it is carried out: the one type both rules read, A6 (approvals:
 * {@code policy.approvals().plan(plan)} / {@code check(plan, approvals, evidence)}) and R5 (contact compliance:
 * {@code ComplianceRequest.withRevisitPlans}, judged on {@code approvedBy}/{@code approvedAt}). Immutable.
 *
 * @param id         the plan number
 * @param customerId the customer the plan is for
 * @param adHoc      true for an ad-hoc (临时) plan
 * @param startsAt   when the revisits of the plan begin, in the zone they are carried out in (its day is the day of
 *                   the act A6 approvals are counted against)
 * @param approvedBy the role that approved it, or {@code null} when not approved (R5)
 * @param approvedAt when it was approved, or {@code null}
 */
public record RevisitPlan(
        @NotBlank @Size(max = 64) String id,
        @NotNull @Valid CustomerId customerId,
        boolean adHoc,
        @NotNull ZonedDateTime startsAt,
        ContactRole approvedBy,
        Instant approvedAt) implements HostAction {

    public RevisitPlan {
        if ((approvedBy == null) != (approvedAt == null)) {
            throw new IllegalArgumentException("revisit plan " + id + ": approvedBy = " + approvedBy + " and approvedAt = "
                    + approvedAt + " must be both given or both null");
        }
    }

    /** An ad-hoc plan without approval. */
    public static RevisitPlan adHoc(String id, CustomerId customerId, ZonedDateTime startsAt) {
        return new RevisitPlan(id, customerId, true, startsAt, null, null);
    }

    /** A copy approved by {@code role} at {@code at}. */
    public RevisitPlan approvedBy(ContactRole role, Instant at) {
        return new RevisitPlan(id, customerId, adHoc, startsAt, role, at);
    }

    /** The instant the revisits begin. */
    public Instant startInstant() {
        return startsAt.toInstant();
    }

    /** True when company leadership (VP, GM, chairman) approved it no later than the revisits begin. */
    public boolean isApprovedByLeadershipBeforeStart() {
        return approvedBy != null && approvedBy.isCompanyLeadership() && !approvedAt.isAfter(startsAt.toInstant());
    }

    @Override
    public String subjectId() {
        return id;
    }

    @Override
    public ActionKind kind() {
        return adHoc ? ActionKind.AD_HOC_REVISIT_PLAN : ActionKind.REVISIT_PLAN;
    }

    /** The day the revisits begin, where they are carried out. */
    @Override
    public LocalDate on() {
        return startsAt.toLocalDate();
    }
}
