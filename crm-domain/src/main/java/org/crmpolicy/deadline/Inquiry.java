package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer inquiry or service request as it starts a response deadline: a plain inquiry follows D1-D3 by
 * channel; a service request (a problem needing action) follows D4 by severity; where both apply the stricter
 * (earlier) deadline wins.
 *
 * @param id         the host's identifier of the inquiry, never personal data
 * @param channel    how it arrived
 * @param severity   the service-request severity, {@code null} for a plain inquiry
 * @param receivedAt when it arrived
 */
public record Inquiry(String id, InquiryChannel channel, RequestSeverity severity, Instant receivedAt) {

    public Inquiry {
        Triggers.requireId(id, "inquiry id");
        Objects.requireNonNull(channel, "inquiry " + id + ": channel must not be null");
        Objects.requireNonNull(receivedAt, "inquiry " + id + ": receivedAt must not be null");
        if (channel == InquiryChannel.OTHER && severity == null) {
            throw new IllegalArgumentException("inquiry " + id + ": channel OTHER has no response time of its own "
                    + "(D1-D3 cover PHONE, ONLINE and EMAIL); give it a service-request severity (D4)");
        }
    }

    /** A plain inquiry (D1-D3). */
    public static Inquiry of(String id, InquiryChannel channel, Instant receivedAt) {
        return new Inquiry(id, channel, null, receivedAt);
    }

    /** A service request (D4), arriving through {@code channel}. */
    public static Inquiry serviceRequest(String id, InquiryChannel channel, RequestSeverity severity, Instant receivedAt) {
        Objects.requireNonNull(severity, "service request " + id + ": severity must not be null");
        return new Inquiry(id, channel, severity, receivedAt);
    }

    /** True for a service request (D4 applies). */
    public boolean isServiceRequest() {
        return severity != null;
    }

    /** The service-request severity, empty for a plain inquiry. */
    public Optional<RequestSeverity> serviceRequestSeverity() {
        return Optional.ofNullable(severity);
    }
}
