package org.crmpolicy.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crmpolicy.complaint.ComplaintEvent.Recorded;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;

/**
 * Maps typed {@link ComplaintEvent}s to and from their {@link StoredComplaintEvent} form ({@code name=value}
 * changes). The names are the ones the library has always stored; rows written by earlier versions decode unchanged.
 */
final class ComplaintEventCodec {

    static final String CUSTOMER = "customerId";
    static final String FEEDBACK_TYPE = "feedbackType";
    static final String SEVERITY = "severity";
    static final String CONTENT = "content";
    static final String CONFIRMED = "confirmedWithCustomer";
    static final String TYPE = "complaintType";
    static final String FORM = "acceptanceForm";
    static final String ACCEPTING = "acceptingUnit";
    static final String PROVIDING = "providingUnit";
    static final String COMPETENT = "competentDepartment";
    static final String ON_SITE_PROVINCE = "onSiteProvince";
    /** Written since D6 reads the customer's province; rows without it need on-site handling iff a province is set. */
    static final String ON_SITE = "onSite";
    static final String TIME_NODE = "timeNodeToldCustomer";
    static final String RESPONSIBLE_UNIT = "responsibleUnit";
    static final String DEADLINE = "handlingDeadline";
    static final String RESPONSIBLE_PERSON = "responsiblePersonId";
    static final String HANDLER = "handlerId";
    static final String APPROVER = "approvedBy";
    static final String APPROVER_UNIT = "approvedByUnit";
    static final String CAUSE = "causeAnalysis";
    static final String ACTION = "correctiveAction";
    static final String RESULT = "result";
    static final String TO = "to";
    static final String REASON = "reason";
    static final String BOUND = "largeClaimBoundCny";
    static final String AUDIENCES = "audiences";
    static final String AMOUNT = "claimAmountCny";
    static final String GRADE = "grade";
    static final String METHOD = "method";
    static final String RESPONSIBILITY = "responsibility";
    static final String ARCHIVE = "archiveReference";
    static final String EVALUATION = "evaluation";
    static final String COVERS_PROGRESS = "coversProgress";
    static final String RATING = "satisfactionRating";
    static final String SUMMARY = "summary";

    private ComplaintEventCodec() {
    }

    static StoredComplaintEvent encode(ComplaintEvent event) {
        Map<String, String> c = new LinkedHashMap<>();
        if (event instanceof ComplaintEvent.Received e) {
            c.put(CUSTOMER, e.intake().customerId().value());
            c.put(FEEDBACK_TYPE, e.intake().classification().type().name());
            c.put(SEVERITY, e.intake().classification().severity().name());
            c.put(CONTENT, e.intake().content());
            c.put(CONFIRMED, Boolean.toString(e.intake().confirmedWithCustomer()));
        } else if (event instanceof ComplaintEvent.Registered e) {
            Registration r = e.registration();
            c.put(TYPE, r.type().name());
            c.put(FORM, r.acceptanceForm());
            c.put(ACCEPTING, r.acceptingUnit().code());
            c.put(PROVIDING, r.providingUnit().code());
            c.put(COMPETENT, r.competentDepartment().code());
            if (r.needsOnSite() && r.onSiteProvince() == null) {
                c.put(ON_SITE, "true");
            }
            putIfPresent(c, ON_SITE_PROVINCE, r.onSiteProvince());
            putIfPresent(c, TIME_NODE, r.timeNodeToldCustomer());
        } else if (event instanceof ComplaintEvent.Assigned e) {
            Assignment a = e.assignment();
            c.put(RESPONSIBLE_UNIT, a.responsibleUnit().code());
            c.put(DEADLINE, a.handlingDeadline().toString());
            putIfPresent(c, RESPONSIBLE_PERSON, a.responsiblePersonId());
            putIfPresent(c, HANDLER, a.handlerId());
            if (a.approvedBy() != null) {
                c.put(APPROVER, a.approvedBy().staffId());
                c.put(APPROVER_UNIT, a.approvedBy().unit().code());
            }
        } else if (event instanceof ComplaintEvent.HandlingStarted e) {
            putIfPresent(c, CAUSE, e.causeAnalysis());
            putIfPresent(c, ACTION, e.correctiveAction());
        } else if (event instanceof ComplaintEvent.Resolved e) {
            c.put(RESULT, e.result());
        } else if (event instanceof ComplaintEvent.Escalated e) {
            c.put(TO, e.to().name());
            c.put(REASON, e.reason().name());
            if (e.largeClaimBound() != null) {
                c.put(BOUND, e.largeClaimBound().amount().toPlainString());
            }
        } else if (event instanceof ComplaintEvent.ProgressReported e) {
            c.put(AUDIENCES, String.join(",", e.audiences().stream().map(Enum::name).toList()));
        } else if (event instanceof ComplaintEvent.ClaimRecorded e) {
            c.put(AMOUNT, e.claim().amount().toPlainString());
        } else if (event instanceof ComplaintEvent.ConflictRecorded e) {
            c.put(GRADE, e.conflict().grade().name());
            c.put(METHOD, e.conflict().method().name());
            c.put(RESPONSIBILITY, e.conflict().responsibility().name());
            c.put(RESPONSIBLE_PERSON, e.conflict().responsiblePersonId());
        } else if (event instanceof ComplaintEvent.ConflictArchived e) {
            c.put(ARCHIVE, e.archiveReference());
        } else if (event instanceof ComplaintEvent.CorrectiveActionEvaluated e) {
            c.put(EVALUATION, e.evaluation());
        } else if (event instanceof ComplaintEvent.FollowedUp e) {
            c.put(COVERS_PROGRESS, Boolean.toString(e.coversProgress()));
            putIfPresent(c, RATING, e.satisfactionRating());
        } else if (event instanceof ComplaintEvent.PostMortemHeld e) {
            c.put(SUMMARY, e.summary());
        }
        Recorded r = event.recorded();
        return new StoredComplaintEvent(r.complaintId(), r.sequence(), event.type(), r.stateAfter(), r.by(), r.at(),
                r.why(), c);
    }

    static ComplaintEvent decode(StoredComplaintEvent s) {
        String where = "complaint " + s.complaintId() + " event " + s.sequence() + " (" + s.type() + ")";
        Values v = new Values(s, where);
        Recorded r = new Recorded(s.complaintId(), s.sequence(), s.stateAfter(), s.by(), s.at(), s.why());
        try {
            return switch (s.type()) {
                case RECEIVED -> {
                    FeedbackClassification classification = FeedbackClassification.of(
                            v.required(FEEDBACK_TYPE, FeedbackType::valueOf),
                            v.required(SEVERITY, SeverityGrade::valueOf));
                    if (!classification.isComplaint()) {
                        throw new IllegalArgumentException(where + ": feedbackType " + classification.type()
                                + " does not start a complaint (P1)");
                    }
                    yield new ComplaintEvent.Received(r, new Intake(v.required(CUSTOMER, CustomerId::of),
                            classification, v.required(CONTENT, Function.identity()),
                            v.required(CONFIRMED, Values::bool)));
                }
                case REGISTERED -> {
                    String province = v.optional(ON_SITE_PROVINCE, Function.identity());
                    Boolean onSite = v.optional(ON_SITE, Values::bool);
                    yield new ComplaintEvent.Registered(r, new Registration(
                            v.required(TYPE, ComplaintType::valueOf), v.required(FORM, Function.identity()),
                            v.required(ACCEPTING, OrgUnit::of), v.required(PROVIDING, OrgUnit::of),
                            v.required(COMPETENT, OrgUnit::of), province != null || Boolean.TRUE.equals(onSite),
                            province, v.optional(TIME_NODE, Instant::parse)));
                }
                case ASSIGNED -> {
                    String approver = v.optional(APPROVER, Function.identity());
                    Actor approvedBy = approver == null ? null
                            : Actor.of(approver, v.required(APPROVER_UNIT, OrgUnit::of));
                    yield new ComplaintEvent.Assigned(r, new Assignment(v.required(RESPONSIBLE_UNIT, OrgUnit::of),
                            v.required(DEADLINE, Instant::parse), v.optional(RESPONSIBLE_PERSON, Function.identity()),
                            v.optional(HANDLER, Function.identity()), approvedBy));
                }
                case HANDLING_STARTED -> new ComplaintEvent.HandlingStarted(r,
                        v.optional(CAUSE, Function.identity()), v.optional(ACTION, Function.identity()));
                case RESOLVED -> new ComplaintEvent.Resolved(r, v.required(RESULT, Function.identity()));
                case REVIEWED -> new ComplaintEvent.Reviewed(r);
                case CLOSED -> new ComplaintEvent.Closed(r);
                case REOPENED -> new ComplaintEvent.Reopened(r);
                case ESCALATED -> {
                    EscalationReason reason = v.required(REASON, EscalationReason::valueOf);
                    Money bound = reason == EscalationReason.LARGE_CLAIM ? v.required(BOUND, Values::cny) : null;
                    yield new ComplaintEvent.Escalated(r, v.required(TO, EscalationBody::valueOf), reason, bound);
                }
                case ASSIGNMENT_APPROVED -> new ComplaintEvent.AssignmentApproved(r);
                case RESPONDED -> new ComplaintEvent.Responded(r);
                case PLAN_GIVEN -> new ComplaintEvent.HandlingPlanGiven(r);
                case ON_SITE -> new ComplaintEvent.ArrivedOnSite(r);
                case PROGRESS_REPORTED -> new ComplaintEvent.ProgressReported(r,
                        v.required(AUDIENCES, Values::audiences));
                case WAITING_FOR_CUSTOMER -> new ComplaintEvent.WaitingForCustomer(r);
                case CUSTOMER_REPLIED -> new ComplaintEvent.CustomerReplied(r);
                case CLAIM_RECORDED -> new ComplaintEvent.ClaimRecorded(r, v.required(AMOUNT, Values::cny));
                case SOCIAL_IMPACT_RECORDED -> new ComplaintEvent.MajorSocialImpactRecorded(r);
                case LITIGATION_RECORDED -> new ComplaintEvent.LitigationRecorded(r);
                case CONFLICT_RECORDED -> new ComplaintEvent.ConflictRecorded(r, new Conflict(
                        v.required(GRADE, SeverityGrade::valueOf), v.required(METHOD, ResolutionMethod::valueOf),
                        v.required(RESPONSIBILITY, ResponsibilityKind::valueOf),
                        v.required(RESPONSIBLE_PERSON, Function.identity())));
                case RESPONSIBILITY_CONFIRMED -> new ComplaintEvent.ResponsibilityConfirmed(r);
                case CONFLICT_ARCHIVED -> new ComplaintEvent.ConflictArchived(r, v.required(ARCHIVE, Function.identity()));
                case CORRECTIVE_ACTION_EVALUATED -> new ComplaintEvent.CorrectiveActionEvaluated(r,
                        v.required(EVALUATION, Function.identity()));
                case FOLLOWED_UP -> new ComplaintEvent.FollowedUp(r, v.required(COVERS_PROGRESS, Values::bool),
                        v.optional(RATING, Integer::valueOf));
                case POST_MORTEM -> new ComplaintEvent.PostMortemHeld(r, v.required(SUMMARY, Function.identity()));
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("complaint ")) {
                throw e;
            }
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** Header and type, plus the values that cannot hold personal data; free text is never shown (I3). */
    static String describe(ComplaintEvent e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName()).append('[').append(e.recorded());
        if (e instanceof ComplaintEvent.Registered r) {
            sb.append(" type=").append(r.registration().type());
        } else if (e instanceof ComplaintEvent.Assigned a) {
            sb.append(" responsibleUnit=").append(a.assignment().responsibleUnit());
        } else if (e instanceof ComplaintEvent.Escalated x) {
            sb.append(" to=").append(x.to()).append(" reason=").append(x.reason());
        } else if (e instanceof ComplaintEvent.ProgressReported p) {
            sb.append(" audiences=").append(p.audiences());
        } else if (e instanceof ComplaintEvent.ClaimRecorded c) {
            sb.append(" claim=").append(c.claim());
        }
        return sb.append(']').toString();
    }

    private static void putIfPresent(Map<String, String> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }

    /** Reads an event's changes, with errors that name the complaint, the event and the value. */
    private record Values(StoredComplaintEvent event, String where) {

        <T> T required(String key, Function<String, T> parser) {
            String text = event.change(key);
            if (text == null) {
                throw new IllegalArgumentException(where + ": changes." + key + " is missing");
            }
            return parse(key, text, parser);
        }

        <T> T optional(String key, Function<String, T> parser) {
            String text = event.change(key);
            return text == null ? null : parse(key, text, parser);
        }

        private <T> T parse(String key, String text, Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                String shown = CONTENT.equals(key) ? "***" : "'" + text + "'";
                throw new IllegalArgumentException(where + ": changes." + key + " = " + shown + " cannot be read: "
                        + e.getMessage(), e);
            }
        }

        static boolean bool(String text) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("expected true or false");
            }
            return Boolean.parseBoolean(text);
        }

        static Money cny(String text) {
            return Money.cny(new BigDecimal(text));
        }

        static Set<ProgressAudience> audiences(String text) {
            Set<ProgressAudience> set = EnumSet.noneOf(ProgressAudience.class);
            for (String part : text.split(",")) {
                set.add(ProgressAudience.valueOf(part.strip()));
            }
            return set;
        }
    }
}
