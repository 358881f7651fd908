package org.crmpolicy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Assignment;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintEvent;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.EscalationBody;
import org.crmpolicy.complaint.EscalationReason;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.ProgressAudience;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;
import org.crmpolicy.reliability.Generators;
import org.crmpolicy.reliability.Outcome;
import org.crmpolicy.reliability.PersonalDataGuard;
import org.crmpolicy.rules.CrmPolicy;

/**
 * Issue 20, complaints: random command sequences on the aggregate (legal and illegal moves, times going backwards,
 * extreme instants, large claims). A refused command leaves the aggregate as it was and is a documented caller
 * error; replaying the legal history gives an equal aggregate; the façade assesses the aggregate and its stored
 * events (shuffled, duplicated, with gaps) with a result or a documented refusal.
 */
class ComplaintHistoryPropertyTest {

    private static final CrmPolicy POLICY = CrmPolicy.standard();
    private static final Instant T0 = Generators.NOW;
    private static final OrgUnit BU = OrgUnit.of("BU-PRINT");
    private static final Actor CLERK = Actor.of("E-1001", OrgUnit.CUSTOMER_SERVICE);
    private static final Actor LEADER = Actor.of("E-0007", OrgUnit.of("LEADERSHIP"));

    enum Command {
        REGISTER, ASSIGN, APPROVE_ASSIGNMENT, START, RESOLVE, REVIEW, CLOSE, REOPEN, ESCALATE, RESPOND, PLAN, ON_SITE,
        PROGRESS, WAIT, REPLIED, CLAIM, SOCIAL_IMPACT, LITIGATION, CONFIRM_RESPONSIBILITY, EVALUATE, FOLLOW_UP, POST_MORTEM
    }

    record Step(Command command, long minutes, int variant) {
    }

    @AfterContainer
    static void noPersonalDataSeen() {
        PersonalDataGuard.assertClean();
    }

    @Property(seed = "20101")
    void refusedMovesChangeNothingAndTheLegalHistoryReplaysEqual(@ForAll("histories") List<Step> steps,
                                                               @ForAll("instants") Instant asOf) {
        Complaint c = Complaint.receive(ComplaintId.of("TS-1"), new Intake(CustomerId.of("C-1"),
                FeedbackClassification.of(FeedbackType.COMPLAINT, SeverityGrade.SERIOUS), "颜色偏差", true), CLERK, T0, "call");
        Instant at = T0;
        for (Step s : steps) {
            at = next(at, s);
            List<ComplaintEvent> before = List.copyOf(c.events());
            Complaint current = c;
            Instant when = at;
            Outcome o = Outcome.of("complaint." + s.command(), () -> apply(current, s, when));
            if (o.returned()) {
                c = o.result();
            } else {
                assertThat(current.events()).as("refused %s leaves the complaint unchanged", s).isEqualTo(before);
            }
        }
        assertThat(Complaint.replay(c.events())).isEqualTo(c);
        Complaint done = c;
        Outcome.of("complaints.assess", () -> POLICY.complaints().assess(done, asOf));
        Outcome.of("complaints.assess(stored events)", () -> POLICY.complaints().assess(done.events(),
                asOf.isBefore(done.lastChangedAt()) ? done.lastChangedAt() : asOf));
    }

    @Property(seed = "20102")
    void storedEventsShuffledDuplicatedOrWithGapsAreReplayedOrRefused(@ForAll("histories") List<Step> steps,
                                                                     @ForAll long mutationSeed) {
        Complaint c = Complaint.receive(ComplaintId.of("TS-2"), new Intake(CustomerId.of("C-1"),
                FeedbackClassification.of(FeedbackType.COMPLAINT, SeverityGrade.GENERAL), "delivery", true), CLERK, T0, "call");
        Instant at = T0;
        for (Step s : steps) {
            at = next(at, s);
            try {
                c = apply(c, s, at);
            } catch (RuntimeException e) {
                Outcome.requireCallerError("complaint." + s.command(), e);
            }
        }
        List<ComplaintEvent> events = new ArrayList<>(c.events());
        Random random = new Random(mutationSeed);
        switch (random.nextInt(4)) {
            case 0 -> Collections.shuffle(events, random);
            case 1 -> events.add(events.get(random.nextInt(events.size())));
            case 2 -> {
                if (events.size() > 1) {
                    events.remove(1 + random.nextInt(events.size() - 1));
                }
            }
            default -> events.add(0, events.get(events.size() - 1));
        }
        Outcome.of("complaints.assess(mutated events)", () -> POLICY.complaints().assess(events, T0.plus(Duration.ofDays(400))));
    }

    private static Instant next(Instant at, Step s) {
        if (s.variant() == 97) {
            return Instant.MAX;
        }
        if (s.variant() == 98) {
            return Instant.MIN;
        }
        long minutes = s.variant() == 99 ? -s.minutes() : s.minutes();
        if (at.equals(Instant.MAX) || at.equals(Instant.MIN)) {
            return T0.plus(Duration.ofMinutes(minutes)); // back to ordinary times after an extreme one
        }
        return at.plus(Duration.ofMinutes(minutes));
    }

    /**
     * A handling deadline a week after {@code at}; {@code Instant.MAX} when that lies beyond it (the nightly size drew an
     * {@code Instant.MAX}, and the fixture's own {@code plus} overflowed before the library saw the input).
     */
    private static Instant weekAfter(Instant at) {
        return at.isAfter(Instant.MAX.minus(Duration.ofDays(7))) ? Instant.MAX : at.plus(Duration.ofDays(7));
    }

    private static Complaint apply(Complaint c, Step s, Instant at) {
        int v = s.variant();
        return switch (s.command()) {
            case REGISTER -> c.register(new Registration(ComplaintType.values()[v % ComplaintType.values().length], "SL-1",
                    BU, BU, OrgUnit.MARKETING_DEPARTMENT, v % 3 == 0 ? "广东" : null, at), CLERK, at, "registered");
            case ASSIGN -> c.assign(new Assignment(BU, weekAfter(at), "E-3003", "E-3004",
                    v % 2 == 0 ? LEADER : null), CLERK, at, "assigned");
            case APPROVE_ASSIGNMENT -> c.approveAssignment(LEADER, at, "approved");
            case START -> c.startHandling("cause", "action", CLERK, at, "started");
            case RESOLVE -> c.resolve("fixed", CLERK, at, "resolved");
            case REVIEW -> c.review(LEADER, at, "reviewed");
            case CLOSE -> c.close(LEADER, at, "closed");
            case REOPEN -> c.reopen(CLERK, at, "customer unhappy");
            case ESCALATE -> c.escalate(EscalationBody.values()[v % 3], EscalationReason.values()[v % 3],
                    POLICY.complaints().escalationPolicy(), LEADER, at, "escalated");
            case RESPOND -> c.respond(CLERK, at, "responded");
            case PLAN -> c.giveHandlingPlan(CLERK, at, "plan");
            case ON_SITE -> c.arriveOnSite(CLERK, at, "on site");
            case PROGRESS -> c.reportProgress(v % 2 == 0 ? EnumSet.allOf(ProgressAudience.class)
                    : EnumSet.of(ProgressAudience.values()[0]), CLERK, at, "progress");
            case WAIT -> c.waitForCustomer(CLERK, at, "waiting");
            case REPLIED -> c.customerReplied(CLERK, at, "replied");
            case CLAIM -> c.recordClaim(Money.cny(v % 4 == 0 ? new BigDecimal("-1") : v % 4 == 1 ? new BigDecimal("60000")
                    : v % 4 == 2 ? new BigDecimal("1E+40") : new BigDecimal("12.345")), CLERK, at, "claim");
            case SOCIAL_IMPACT -> c.recordMajorSocialImpact(CLERK, at, "press");
            case LITIGATION -> c.recordLitigation(CLERK, at, "court");
            case CONFIRM_RESPONSIBILITY -> c.confirmResponsibility(CLERK, at, "confirmed");
            case EVALUATE -> c.evaluateCorrectiveAction("works", CLERK, at, "evaluated");
            case FOLLOW_UP -> c.followUp(v % 2 == 0, v % 7 - 1, CLERK, at, "follow-up");
            case POST_MORTEM -> c.postMortem("summary", LEADER, at, "post mortem");
        };
    }

    @Provide Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Command.class),
                        Arbitraries.longs().between(0, 60 * 24 * 20), Arbitraries.integers().between(0, 99))
                .as(Step::new);
        Arbitrary<List<Step>> legalish = Arbitraries.of(Command.REGISTER, Command.ASSIGN, Command.APPROVE_ASSIGNMENT,
                        Command.START, Command.RESPOND, Command.PLAN, Command.PROGRESS, Command.RESOLVE, Command.REVIEW,
                        Command.CLOSE).list().ofSize(10)
                .map(l -> List.of(Command.REGISTER, Command.ASSIGN, Command.APPROVE_ASSIGNMENT, Command.START,
                        Command.RESPOND, Command.PLAN, Command.PROGRESS, Command.RESOLVE, Command.REVIEW, Command.CLOSE))
                .flatMap(l -> Arbitraries.longs().between(10, 60 * 24).list().ofSize(l.size())
                        .map(ms -> { List<Step> out = new ArrayList<>();
                            for (int i = 0; i < l.size(); i++) {
                                out.add(new Step(l.get(i), ms.get(i), 1));
                            }
                            return out; }));
        return Arbitraries.oneOf(step.list().ofMaxSize(25), legalish);
    }

    @Provide Arbitrary<Instant> instants() {
        return Generators.instants();
    }
}
