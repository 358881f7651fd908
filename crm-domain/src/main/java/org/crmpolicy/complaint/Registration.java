package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * What the accepting unit records when it registers a complaint (P2 registered, P3, D6, D10).
 *
 * @param type                 what the complaint is about; decides routing (P3); not null
 * @param acceptanceForm       the number of the complaint acceptance form (投诉受理单), not blank
 * @param acceptingUnit        the unit that accepted (受理) the complaint; not null
 * @param providingUnit        the unit that provided the product or service complained about; not null
 * @param competentDepartment  the department the form is passed to (主管部门); not null
 * @param onSite               true when the complaint needs on-site handling (D6)
 * @param onSiteProvince       the province of the site when it is not the customer's own, or {@code null}: D6 then
 *                             reads the customer's province (policy.complaints().assess(complaint, customer, asOf))
 * @param timeNodeToldCustomer the handling time node told to the customer at registration, or {@code null} when
 *                             none was told (a D10 finding)
 */
public record Registration(ComplaintType type, String acceptanceForm, OrgUnit acceptingUnit, OrgUnit providingUnit,
                           OrgUnit competentDepartment, boolean onSite, String onSiteProvince,
                           Instant timeNodeToldCustomer) {

    public Registration {
        Objects.requireNonNull(type, "registration.type must not be null");
        if (acceptanceForm == null || acceptanceForm.isBlank()) {
            throw new IllegalArgumentException("registration.acceptanceForm must not be blank");
        }
        Objects.requireNonNull(acceptingUnit, "registration.acceptingUnit must not be null");
        Objects.requireNonNull(providingUnit, "registration.providingUnit must not be null");
        Objects.requireNonNull(competentDepartment, "registration.competentDepartment must not be null");
        if (onSiteProvince != null && onSiteProvince.isBlank()) {
            throw new IllegalArgumentException("registration.onSiteProvince must be null (the customer's province) or "
                    + "a province name, got a blank string");
        }
        if (onSiteProvince != null && !onSite) {
            throw new IllegalArgumentException("registration.onSiteProvince = " + onSiteProvince + " is given but "
                    + "registration.onSite is false: a site province needs on-site handling");
        }
    }

    /**
     * A registration whose on-site need follows from {@code onSiteProvince}: on site in that province when given,
     * no on-site handling when {@code null}. Use the canonical constructor for on-site handling at the customer's own
     * province.
     */
    public Registration(ComplaintType type, String acceptanceForm, OrgUnit acceptingUnit, OrgUnit providingUnit,
                        OrgUnit competentDepartment, String onSiteProvince, Instant timeNodeToldCustomer) {
        this(type, acceptanceForm, acceptingUnit, providingUnit, competentDepartment, onSiteProvince != null,
                onSiteProvince, timeNodeToldCustomer);
    }

    /** This registration with on-site handling needed at the customer's own province (D6). */
    public Registration withOnSiteAtTheCustomer() {
        return new Registration(type, acceptanceForm, acceptingUnit, providingUnit, competentDepartment, true, null,
                timeNodeToldCustomer);
    }

    /** True when the complaint needs on-site handling (D6). */
    public boolean needsOnSite() {
        return onSite;
    }
}
