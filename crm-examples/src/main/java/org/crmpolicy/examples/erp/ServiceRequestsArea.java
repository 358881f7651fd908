package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.deadline.ServiceRequest;
import org.crmpolicy.deadline.ServiceRequestReview;
import org.crmpolicy.deadline.ServiceStep;
import org.crmpolicy.deadline.ServiceStepKind;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The service-request area of a compliance run (P10): the chunk's service requests are read from the ERP
 * ({@code service_request}) with the steps recorded by the run's instant and judged by
 * {@code policy.deadlines().serviceRequests(...)} as of it. Steps recorded after {@code asOf} are not read; a request
 * whose steps the ERP recorded out of order is a caller error and fails the run naming the request. Thread-safe.
 */
public final class ServiceRequestsArea implements AreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public ServiceRequestsArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<CustomerFinding> evaluate(Connection connection, List<Customer> customers, List<TierDecision> tiers,
                                          Instant asOf) throws SQLException {
        if (customers.isEmpty()) {
            return List.of();
        }
        List<ServiceRequest> requests = new ArrayList<>();
        Map<String, CustomerId> customerOf = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT request_id, customer_id, channel, severity,"
                + " received_at, handled_by, responded_at, classified_at, owner_assigned_at, owner_id, resolved_at,"
                + " feedback_at, rated_at, rating, post_mortem_at FROM service_request WHERE customer_id >= ?"
                + " AND customer_id <= ? AND received_at <= ? ORDER BY customer_id, received_at, request_id")) {
            ps.setString(1, customers.get(0).id().value());
            ps.setString(2, customers.get(customers.size() - 1).id().value());
            ps.setObject(3, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String by = rs.getString(6);
                    ServiceRequest sr = ServiceRequest.of(id, InquiryChannel.valueOf(rs.getString(3)),
                            RequestSeverity.valueOf(rs.getString(4)), instant(rs, 5));
                    sr = step(sr, ServiceStepKind.RESPONDED, instant(rs, 7), by, asOf);
                    sr = step(sr, ServiceStepKind.CLASSIFIED, instant(rs, 8), by, asOf);
                    String owner = rs.getString(10);
                    sr = step(sr, ServiceStepKind.OWNER_ASSIGNED, instant(rs, 9), owner == null ? by : owner, asOf);
                    sr = step(sr, ServiceStepKind.RESOLVED, instant(rs, 11), by, asOf);
                    sr = step(sr, ServiceStepKind.FEEDBACK_GIVEN, instant(rs, 12), by, asOf);
                    Instant rated = instant(rs, 13);
                    int rating = rs.getInt(14);
                    if (rated != null && !rated.isAfter(asOf) && !rs.wasNull()) {
                        sr = sr.withStep(ServiceStep.customerRated(rated, by, rating));
                    }
                    sr = step(sr, ServiceStepKind.POST_MORTEM_HELD, instant(rs, 15), by, asOf);
                    requests.add(sr);
                    customerOf.put(id, CustomerId.of(rs.getString(2)));
                }
            }
        }
        if (requests.isEmpty()) {
            return List.of();
        }
        List<CustomerFinding> findings = new ArrayList<>();
        for (ServiceRequestReview review : policy.deadlines().serviceRequests(requests, asOf)) {
            CustomerId customer = customerOf.get(review.requestId());
            for (Finding f : review.findings()) {
                findings.add(new CustomerFinding(customer, f));
            }
        }
        return findings;
    }

    private static ServiceRequest step(ServiceRequest sr, ServiceStepKind kind, Instant at, String actor, Instant asOf) {
        return at == null || at.isAfter(asOf) ? sr : sr.withStep(ServiceStep.of(kind, at, actor));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
