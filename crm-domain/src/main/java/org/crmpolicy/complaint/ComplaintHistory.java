package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;

/**
 * A complaint's facts, folded from its events oldest first. {@link #apply} checks each event against the state
 * before it (legal in that state, in sequence, in time order, the stored state right) and refuses it without
 * changing anything; the fold is the only place that knows what an event does to a complaint.
 *
 * <p>Not thread-safe and mutable while folding; {@link Complaint} folds a fresh copy per event appended and never
 * hands one out.
 */
final class ComplaintHistory {

    private final ComplaintId id;
    ComplaintState state;
    long version;
    Instant lastAt;
    Instant receivedAt;
    Actor firstContactOwner;
    CustomerId customerId;
    FeedbackClassification classification;
    boolean confirmed;
    Registration registration;
    Instant registeredAt;
    Assignment assignment;
    Instant assignedAt;
    Instant handlingStartedAt;
    Instant firstResponseAt;
    Instant planAt;
    Instant onSiteAt;
    final List<ProgressReport> progress = new ArrayList<>();
    final List<Interval> waits = new ArrayList<>();
    final List<Interval> handling = new ArrayList<>();
    Money claim;
    boolean socialImpact;
    boolean litigation;
    final List<Escalation> escalations = new ArrayList<>();
    Conflict conflict;
    Instant responsibilityConfirmedAt;
    Instant conflictArchivedAt;
    OrgUnit evaluatedBy;
    Instant resolvedAt;
    Instant firstResolvedAt;
    Instant reviewedAt;
    Instant closedAt;
    int reopenCount;
    final List<FollowUp> followUps = new ArrayList<>();
    Instant postMortemAt;

    private ComplaintHistory(ComplaintId id) {
        this.id = id;
    }

    /** Folds {@code events}, the whole history of complaint {@code id}. */
    static ComplaintHistory of(ComplaintId id, List<? extends ComplaintEvent> events) {
        ComplaintHistory h = new ComplaintHistory(id);
        for (ComplaintEvent e : events) {
            h.apply(e);
        }
        return h;
    }

    /** True when an event of {@code type} is legal now. */
    boolean allows(ComplaintEventType type) {
        return state != null && type.allowedFrom().contains(state);
    }

    /**
     * Checks that an event of {@code type} may come next and returns the state it leads to.
     *
     * @throws IllegalComplaintTransitionException when the current state does not allow it
     */
    ComplaintState next(ComplaintEventType type) {
        if (state == null) {
            return ComplaintState.RECEIVED;
        }
        if (!type.allowedFrom().contains(state)) {
            throw new IllegalComplaintTransitionException(id, state, type, null);
        }
        return type.stateAfter(state);
    }

    /** Folds one more event. */
    void apply(ComplaintEvent e) {
        String where = "complaint " + id + " event " + e.sequence() + " (" + e.type() + ")";
        if (!e.complaintId().equals(id)) {
            throw new IllegalArgumentException(where + ": belongs to complaint " + e.complaintId()
                    + "; a history holds the events of one complaint");
        }
        if (e.sequence() != version + 1) {
            throw new IllegalArgumentException("complaint " + id + ": events[" + version + "] has sequence "
                    + e.sequence() + ", expected " + (version + 1) + "; the history has a gap or is out of order");
        }
        if (lastAt != null && e.at().isBefore(lastAt)) {
            throw new IllegalArgumentException(where + ": at = " + e.at() + " is before the previous event's "
                    + lastAt + "; events must be in time order");
        }
        if (state == null && e.type() != ComplaintEventType.RECEIVED) {
            throw new IllegalArgumentException(where + ": a complaint's history starts with RECEIVED");
        }
        ComplaintState after = next(e.type());
        if (e.stateAfter() != after) {
            throw new IllegalArgumentException(where + ": stored state " + e.stateAfter() + " but " + e.type()
                    + (state == null ? "" : " from " + state) + " leads to " + after);
        }
        fold(e, where);
        state = after;
        version = e.sequence();
        lastAt = e.at();
    }

    private void fold(ComplaintEvent event, String where) {
        Instant at = event.at();
        if (event instanceof ComplaintEvent.Received e) {
            receivedAt = at;
            firstContactOwner = e.by();
            customerId = e.intake().customerId();
            classification = e.intake().classification();
            confirmed = e.intake().confirmedWithCustomer();
        } else if (event instanceof ComplaintEvent.Registered e) {
            registration = e.registration();
            registeredAt = at;
            handling.add(new Interval(at, null));
        } else if (event instanceof ComplaintEvent.Assigned e) {
            assignment = e.assignment();
            assignedAt = at;
        } else if (event instanceof ComplaintEvent.AssignmentApproved e) {
            if (assignment == null || assignment.approvedBy() != null) {
                throw new IllegalComplaintTransitionException(id, state, e.type(), assignment == null
                        ? "nothing was assigned" : "the assignment is already approved");
            }
            assignment = new Assignment(assignment.responsibleUnit(), assignment.handlingDeadline(),
                    assignment.responsiblePersonId(), assignment.handlerId(), e.by());
        } else if (event instanceof ComplaintEvent.HandlingStarted) {
            handlingStartedAt = handlingStartedAt == null ? at : handlingStartedAt;
        } else if (event instanceof ComplaintEvent.Resolved) {
            resolvedAt = at;
            firstResolvedAt = firstResolvedAt == null ? at : firstResolvedAt;
            Interval last = handling.get(handling.size() - 1);
            if (last.isOpen()) {
                handling.set(handling.size() - 1, new Interval(last.start(), at));
            }
        } else if (event instanceof ComplaintEvent.Reviewed) {
            reviewedAt = at;
        } else if (event instanceof ComplaintEvent.Closed) {
            closedAt = at;
        } else if (event instanceof ComplaintEvent.Reopened) {
            reopenCount++;
            resolvedAt = null;
            reviewedAt = null;
            handling.add(new Interval(at, null));
        } else if (event instanceof ComplaintEvent.Escalated e) {
            escalate(e, where);
        } else if (event instanceof ComplaintEvent.Responded) {
            firstResponseAt = firstResponseAt == null ? at : firstResponseAt;
        } else if (event instanceof ComplaintEvent.HandlingPlanGiven) {
            planAt = planAt == null ? at : planAt;
        } else if (event instanceof ComplaintEvent.ArrivedOnSite) {
            onSiteAt = onSiteAt == null ? at : onSiteAt;
        } else if (event instanceof ComplaintEvent.ProgressReported e) {
            progress.add(new ProgressReport(at, e.audiences()));
        } else if (event instanceof ComplaintEvent.WaitingForCustomer e) {
            if (!waits.isEmpty() && waits.get(waits.size() - 1).isOpen()) {
                throw new IllegalComplaintTransitionException(id, state, e.type(),
                        "already waiting for the customer since " + waits.get(waits.size() - 1).start());
            }
            waits.add(new Interval(at, null));
        } else if (event instanceof ComplaintEvent.CustomerReplied e) {
            if (waits.isEmpty() || !waits.get(waits.size() - 1).isOpen()) {
                throw new IllegalComplaintTransitionException(id, state, e.type(), "nothing waits for the customer");
            }
            waits.set(waits.size() - 1, new Interval(waits.get(waits.size() - 1).start(), at));
        } else if (event instanceof ComplaintEvent.ClaimRecorded e) {
            claim = e.claim();
        } else if (event instanceof ComplaintEvent.MajorSocialImpactRecorded) {
            socialImpact = true;
        } else if (event instanceof ComplaintEvent.LitigationRecorded) {
            litigation = true;
        } else if (event instanceof ComplaintEvent.ConflictRecorded e) {
            conflict = e.conflict();
        } else if (event instanceof ComplaintEvent.ResponsibilityConfirmed e) {
            if (conflict == null) {
                throw new IllegalComplaintTransitionException(id, state, e.type(), "no conflict recorded");
            }
            if (!conflict.responsiblePersonId().equals(e.by().staffId())) {
                throw new IllegalArgumentException(where + ": signed by staff " + e.by().staffId()
                        + " but the responsible person is staff " + conflict.responsiblePersonId()
                        + "; only the responsible person confirms the finding (P11)");
            }
            responsibilityConfirmedAt = at;
        } else if (event instanceof ComplaintEvent.ConflictArchived e) {
            if (conflict == null) {
                throw new IllegalComplaintTransitionException(id, state, e.type(), "no conflict recorded");
            }
            conflictArchivedAt = at;
        } else if (event instanceof ComplaintEvent.CorrectiveActionEvaluated e) {
            evaluatedBy = e.by().unit();
        } else if (event instanceof ComplaintEvent.FollowedUp e) {
            followUps.add(e.followUp());
        } else if (event instanceof ComplaintEvent.PostMortemHeld) {
            postMortemAt = at;
        } else {
            throw new IllegalStateException(where + ": no fold for " + event.type());
        }
    }

    private void escalate(ComplaintEvent.Escalated e, String where) {
        EscalationBody to = e.to();
        switch (e.reason()) {
            case LARGE_CLAIM -> {
                if (!to.isLeadership()) {
                    throw new IllegalArgumentException(where + ": a large claim goes to the GM office meeting or "
                            + "the board, not to " + to + " (P4)");
                }
                if (claim == null || !claim.isAtLeast(e.largeClaimBound())) {
                    throw new IllegalArgumentException(where + ": reason LARGE_CLAIM but the recorded claim is "
                            + (claim == null ? "none" : claim.toString()) + ", below the bound "
                            + e.largeClaimBound() + " (P4)");
                }
            }
            case MAJOR_SOCIAL_IMPACT -> {
                if (!to.isLeadership()) {
                    throw new IllegalArgumentException(where + ": a major social impact goes to the GM office "
                            + "meeting or the board, not to " + to + " (P4)");
                }
                if (!socialImpact) {
                    throw new IllegalArgumentException(where + ": reason MAJOR_SOCIAL_IMPACT but none was recorded");
                }
            }
            case LITIGATION -> {
                if (to != EscalationBody.LEGAL_DEPARTMENT) {
                    throw new IllegalArgumentException(where + ": litigation goes to LEGAL_DEPARTMENT, not to "
                            + to + " (P4)");
                }
                if (!litigation) {
                    throw new IllegalArgumentException(where + ": reason LITIGATION but no litigation was recorded");
                }
            }
            default -> throw new IllegalStateException(where + ": unknown reason " + e.reason());
        }
        for (Escalation earlier : escalations) {
            if (earlier.to() == to && earlier.reason() == e.reason()) {
                throw new IllegalComplaintTransitionException(id, state, e.type(),
                        "already escalated to " + to + " for " + e.reason() + " at " + earlier.at());
            }
        }
        escalations.add(new Escalation(to, e.reason(), e.at()));
    }

    /** Unmodifiable views for the aggregate's readers. */
    static <T> List<T> view(List<T> list) {
        return Collections.unmodifiableList(list);
    }
}
