package org.crmpolicy.rules.complaints;

import java.util.Objects;
import org.crmpolicy.complaint.ComplaintId;

/**
 * Where a complaint needing on-site handling is to be handled (D6), as {@code complaints.drl} sees it: the site
 * province the registration names, else the province of the customer the host passed to the assessment, else unknown
 * (and then the stricter home-province deadline applies).
 *
 * @param complaintId which complaint
 * @param province    the province, or {@code null} when neither the registration nor the customer gives one
 * @param source      where the province comes from: {@code registration}, {@code customer} or {@code unknown}
 */
public record ComplaintSite(ComplaintId complaintId, String province, String source) {

    public ComplaintSite {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(source, "source");
    }
}
