package org.crmpolicy.complaint;

import java.util.Objects;

/**
 * An organisational unit of the company: a department or a business unit, by code. The departments the policy names
 * have constants; business units are the host's own codes ({@code OrgUnit.of("BU-PRINT")}).
 *
 * @param code 1 to 64 characters, no surrounding whitespace
 */
public record OrgUnit(String code) {

    /** 客服: the default intake of complaints (P3). */
    public static final OrgUnit CUSTOMER_SERVICE = new OrgUnit("CUSTOMER_SERVICE");
    /** 市场部: the default competent department for complaints and the tracker until satisfaction (P3, P9). */
    public static final OrgUnit MARKETING_DEPARTMENT = new OrgUnit("MARKETING_DEPARTMENT");
    /** 质量监督部: accepts product-quality complaints (P3). */
    public static final OrgUnit QUALITY_SUPERVISION_DEPARTMENT = new OrgUnit("QUALITY_SUPERVISION_DEPARTMENT");
    /** 法律事务部: handles complaints that became litigation (P4). */
    public static final OrgUnit LEGAL_DEPARTMENT = new OrgUnit("LEGAL_DEPARTMENT");
    /** 总经理办公会: large claims and major social impact (P4). */
    public static final OrgUnit GM_OFFICE_MEETING = new OrgUnit("GM_OFFICE_MEETING");
    /** 董事会: large claims and major social impact (P4). */
    public static final OrgUnit BOARD = new OrgUnit("BOARD");

    public OrgUnit {
        Objects.requireNonNull(code, "unit code must not be null");
        if (code.isBlank() || code.length() > 64 || !code.strip().equals(code)) {
            throw new IllegalArgumentException("unit code '" + code
                    + "' is invalid: expected 1 to 64 characters without surrounding whitespace");
        }
    }

    public static OrgUnit of(String code) {
        return new OrgUnit(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
