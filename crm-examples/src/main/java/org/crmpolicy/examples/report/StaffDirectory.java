package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.examples.erp.ErpDataException;

/**
 * Who a finding's responsible role is, by name, in the sample company: a customer's {@code SALES_STAFF} and
 * {@code FIRST_RESPONDER} duties are its account manager's (the customer table's {@code account_manager_id}, named from a fixed roster), every other
 * role has one named holder, a complaint's first contact (a staff number at a unit) is named from the staff number.
 * The example's stand-in for a host's staff directory; no personal data of customers.
 * Immutable and thread-safe.
 */
final class StaffDirectory {

    /** Shown for a sales duty of a customer without an account manager. */
    static final String NO_ACCOUNT_MANAGER = "(no account manager: sales department assigns one)";

    // surnames the sample's contact persons never have, so no staff name can read as a customer's contact person
    private static final String[] SURNAMES = {"孙", "郑", "冯", "何", "高", "许", "曹", "邓", "罗", "梁"};
    private static final String[] GIVEN = {"志强", "海涛", "建华", "晓东", "丽萍", "国庆", "文静", "春生", "明远", "秀英", "德胜", "玉兰"};
    private static final Map<String, String> HOLDERS = Map.ofEntries(
            Map.entry("BU_HEAD", "孙建国 (BU head)"), Map.entry("BUSINESS_UNIT", "孙建国 (BU head)"),
            Map.entry("BU-1", "孙建国 (BU head)"), Map.entry("BU-2", "郑海燕 (BU head)"),
            Map.entry("BU-3", "冯志远 (BU head)"), Map.entry("BU-4", "何丽 (BU head)"),
            Map.entry("VP", "马振华 (VP in charge)"), Map.entry("GM", "林国栋 (GM)"),
            Map.entry("CHAIRMAN", "邓长青 (chairman)"), Map.entry("LEADER_IN_CHARGE", "马振华 (leader in charge)"),
            Map.entry("SALES_DEPARTMENT", "高红 (sales department head)"),
            Map.entry("FINANCE_DEPARTMENT", "许静 (finance department head)"),
            Map.entry("QUALITY_SUPERVISION_DEPARTMENT", "曹磊 (quality supervision head)"),
            Map.entry("SERVICE_DESK", "梁秀英 (service desk lead)"),
            Map.entry("SERVICE_ENGINEER", "罗德胜 (service engineering lead)"),
            Map.entry("MARKETING_DEPARTMENT", "何春生 (marketing department head)"),
            Map.entry("ENTERPRISE_MANAGEMENT_DEPARTMENT", "邓玉兰 (enterprise management head)"),
            Map.entry("MANAGEMENT", "林国栋 (GM)"));

    private final Map<CustomerId, String> accountManagers;

    private StaffDirectory(Map<CustomerId, String> accountManagers) {
        this.accountManagers = Map.copyOf(accountManagers);
    }

    /** The account managers from the ERP's customer table; none when {@code dataSource} is {@code null}. */
    static StaffDirectory load(DataSource dataSource) {
        Map<CustomerId, String> managers = new HashMap<>();
        if (dataSource != null) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT customer_id, account_manager_id FROM customer WHERE account_manager_id IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    managers.put(CustomerId.of(rs.getString(1)), rs.getString(2));
                }
            } catch (SQLException e) {
                throw new ErpDataException("read the account managers", e);
            }
        }
        return new StaffDirectory(managers);
    }

    /** The named person who acts for {@code responsible} (a role, or a person's ID) about {@code customer}. */
    String personFor(String responsible, CustomerId customer) {
        if (responsible == null) {
            return ActionItemsSource.NOT_ASSIGNED;
        }
        // in the sample company a customer's inquiries reach its account manager first (首问负责): the first responder
        if (responsible.equals("SALES_STAFF") || responsible.equals("FIRST_RESPONDER")) {
            String am = accountManagers.get(customer);
            return am == null ? (accountManagers.isEmpty() ? "SALES_STAFF" : NO_ACCOUNT_MANAGER) : accountManager(am);
        }
        // a complaint's first contact is a person acting for a unit (Actor: "E-CS-01@CUSTOMER_SERVICE", P6)
        int at = responsible.indexOf('@');
        if (at > 0 && at < responsible.length() - 1) {
            return staffMember(responsible.substring(0, at), responsible.substring(at + 1));
        }
        return HOLDERS.getOrDefault(responsible, responsible);
    }

    /** E.g. {@code 罗志强 (account manager AM-8)}; a deterministic name for the sample's IDs {@code AM-n}. */
    static String accountManager(String id) {
        return nameOf(id, 0) + " (account manager " + id + ")";
    }

    /** E.g. {@code 郑文静 (customer service E-CS-01)}: a staff member by employee number and the unit it acted for. */
    static String staffMember(String staffId, String unit) {
        return nameOf(staffId, SURNAMES.length * GIVEN.length / 2) + " (" + unit.toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " " + staffId + ")";
    }

    /** A deterministic name for an ID ending in a number ({@code AM-8}, {@code E-CS-01}); {@code offset} keeps rosters apart. */
    private static String nameOf(String id, int offset) {
        int n = Math.abs(id.hashCode());
        try {
            n = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            // not the sample's form: keep the hash
        }
        n += offset;
        return SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length];
    }
}
