package org.crmpolicy.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Assignment;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.rules.CrmPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: single calls on a warm rule base, as a host makes them inside a transaction — classify one customer, assess
 * one complaint in handling (its deadlines, approvals and findings). SampleTime mode, so the output has p99.
 * Run: {@code ./mvnw -B -q -pl crm-examples -am verify -DskipTests exec:exec@jmh} (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SingleCallBench {

    private static final Instant T0 = Instant.parse("2025-11-24T01:00:00Z");

    private CrmPolicy policy;
    private Customer customer;
    private Complaint complaint;
    private Instant asOf;

    @Setup
    public void setUp() {
        policy = CrmPolicy.standard();
        customer = SamplePortfolio.of(SamplePortfolio.DEFAULT_SEED, 200, LocalDate.of(2025, 11, 24)).customer(150);
        OrgUnit bu = OrgUnit.of("BU-PRINT");
        Actor clerk = Actor.of("E-1001", OrgUnit.CUSTOMER_SERVICE);
        Actor marketing = Actor.of("E-2002", OrgUnit.MARKETING_DEPARTMENT);
        Actor leader = Actor.of("E-0007", OrgUnit.of("LEADERSHIP"));
        Actor handler = Actor.of("E-3003", bu);
        complaint = Complaint.receive(ComplaintId.of("TS-2025-0042"), new Intake(CustomerId.of("C-001"),
                        FeedbackClassification.of(FeedbackType.COMPLAINT, SeverityGrade.SERIOUS), "宣传册印刷颜色偏差", true),
                        clerk, T0, "customer called the hotline")
                .register(new Registration(ComplaintType.SERVICE, "SL-2025-118", bu, bu, OrgUnit.MARKETING_DEPARTMENT,
                        null, at(24 * 5)), clerk, at(1), "acceptance form filled")
                .respond(clerk, at(2), "first response")
                .assign(new Assignment(bu, at(24 * 7), "E-3003", "E-3004", leader), marketing, at(3), "BU-PRINT")
                .giveHandlingPlan(handler, at(4), "reprint plan sent")
                .startHandling("ink batch", "reprint", handler, at(5), "cause found");
        asOf = at(30);
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    /** Tiering of one customer (validation, one rule session, the decision). */
    @Benchmark
    public TierDecision classifyOneCustomer() {
        return policy.classify(customer, asOf);
    }

    /** The deadlines, approvals and findings of one complaint in handling. */
    @Benchmark
    public ComplaintAssessment assessOneComplaint() {
        return policy.complaints().assess(complaint, asOf);
    }
}
