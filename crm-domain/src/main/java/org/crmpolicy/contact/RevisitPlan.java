package org.crmpolicy.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmpolicy.customer.CustomerId;

/**
 * A revisit plan (003 §17(三)5). An ad-hoc (temporary) plan, made for a customer's sudden need or a problem many
 * customers raise, needs company-leadership approval before it is carried out (R5). Immutable.
 *
 * @param id         the plan number
 * @param customerId the customer the plan is for
 * @param adHoc      true for an ad-hoc (临时) plan
 * @param startsAt   when the revisits of the plan begin
 * @param approvedBy the role that approved it, or {@code null} when not approved
 * @param approvedAt when it was approved, or {@code null}
 */
public record RevisitPlan(
        @NotBlank @Size(max = 64) String id,
        @NotNull @Valid CustomerId customerId,
        boolean adHoc,
        @NotNull Instant startsAt,
        ContactRole approvedBy,
        Instant approvedAt) {

    public RevisitPlan {
        if ((approvedBy == null) != (approvedAt == null)) {
            throw new IllegalArgumentException("revisit plan " + id + ": approvedBy = " + approvedBy + " and approvedAt = "
                    + approvedAt + " must be both given or both null");
        }
    }

    /** An ad-hoc plan without approval. */
    public static RevisitPlan adHoc(String id, CustomerId customerId, Instant startsAt) {
        return new RevisitPlan(id, customerId, true, startsAt, null, null);
    }

    /** A copy approved by {@code role} at {@code at}. */
    public RevisitPlan approvedBy(ContactRole role, Instant at) {
        return new RevisitPlan(id, customerId, adHoc, startsAt, role, at);
    }

    /** True when company leadership (VP, GM, chairman) approved it no later than the revisits begin. */
    public boolean isApprovedByLeadershipBeforeStart() {
        return approvedBy != null && approvedBy.isCompanyLeadership() && !approvedAt.isAfter(startsAt);
    }
}
