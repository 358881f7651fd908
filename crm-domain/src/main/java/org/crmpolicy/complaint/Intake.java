package org.crmpolicy.complaint;

import java.util.Objects;
import org.crmpolicy.customer.CustomerId;

/**
 * What is taken down when a complaint comes in (P2 received, P1): the customer, the classification, the content and
 * whether the record was confirmed with the customer. The content may hold personal data: it is never shown in
 * {@code toString()}.
 *
 * @param customerId            who complains; not null
 * @param classification        the P1 classification; must be a {@link FeedbackType#COMPLAINT}
 * @param content               what the customer said, not blank
 * @param confirmedWithCustomer true when the record was read back to and confirmed by the customer
 */
public record Intake(CustomerId customerId, FeedbackClassification classification, String content,
                     boolean confirmedWithCustomer) {

    public Intake {
        Objects.requireNonNull(customerId, "intake.customerId must not be null");
        Objects.requireNonNull(classification, "intake.classification must not be null");
        if (!classification.isComplaint()) {
            throw new IllegalArgumentException("intake.classification.type = " + classification.type()
                    + ": only a COMPLAINT starts the complaint lifecycle (P1)");
        }
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("intake.content must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Intake[customerId=" + customerId + ", classification=" + classification + ", content=***, "
                + "confirmedWithCustomer=" + confirmedWithCustomer + "]";
    }
}
