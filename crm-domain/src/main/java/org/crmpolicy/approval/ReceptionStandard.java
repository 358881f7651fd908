package org.crmpolicy.approval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.Arrangement;
import org.crmpolicy.approval.ArrangementTask;
import org.crmpolicy.approval.Party;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.approval.VisitReception;
import org.crmpolicy.approval.VisitorRank;
import org.crmpolicy.customer.Tier;

/**
 * A row of the A4 reception table (003 §13(三)): for one customer tier and visitor rank, who hears of the visit, who
 * reviews and approves the reception plan, who meets the visitor, chairs the meeting, hosts the banquet and puts up
 * the e-screen welcome. The rows are written in {@code approvals.drl}, one table row per tier and rank
 * ({@code "A4 Table: the reception of a key customer's chairman or general manager"}), each with its standard as one
 * text ({@link #row}) that a host overrides row by row; this class only reads that text and expands a row into the
 * plan's approvals and arrangements.
 *
 * @param tier           the customer's tier
 * @param rank           the visitor's rank
 * @param reportTo       who the visit information is reported to, or {@code null} when the BU keeps it
 * @param planReviewedBy who reviews the reception plan, or {@code null}
 * @param planApprovedBy who approves the reception plan, or {@code null} when the BU arranges on its own
 * @param meetsAtStation who meets and sees off the visitor
 * @param chairsMeeting  who chairs the meeting
 * @param hostsBanquet   who hosts the banquet
 * @param eScreenBy      who puts the welcome message on the e-screen
 * @param note           particulars from the source, e.g. "a company leader in special cases"
 */
public record ReceptionStandard(Tier tier, VisitorRank rank, org.crmpolicy.approval.Party reportTo,
                                ApproverLevel planReviewedBy, ApproverLevel planApprovedBy, Party meetsAtStation,
                                Party chairsMeeting, Party hostsBanquet, Party eScreenBy, String note) {

    /** The parts of a standard's text, in the order {@link #standard()} writes them. */
    private static final List<String> PARTS = List.of("reported to", "reviewed by", "approved by", "met by",
            "meeting chaired by", "banquet by", "e-screen by");
    private static final List<String> REQUIRED = List.of("met by", "meeting chaired by", "banquet by", "e-screen by");

    /**
     * A row of the A4 table: the standard for {@code tier} and {@code rank} written as one text, its parts separated
     * by semicolons, each a role and who fills it ({@link Party} or, for the plan's review and approval,
     * {@link ApproverLevel} names):
     * <pre>{@code
     * ReceptionStandard.row("A4", "reported to COMPANY_OFFICE; approved by LEADER_IN_CHARGE; met by BU_LEADER;"
     *         + " meeting chaired by BU_LEADER; banquet by BUSINESS_UNIT; e-screen by MARKETING_DEPARTMENT",
     *         Tier.KEY, VisitorRank.CHAIRMAN_OR_GM, null);
     * }</pre>
     * {@code reported to}, {@code reviewed by} and {@code approved by} are optional (left out: the business unit keeps
     * the information, nobody reviews, the business unit arranges on its own); {@code met by}, {@code meeting chaired
     * by}, {@code banquet by} and {@code e-screen by} are required. Each part at most once, in any order.
     *
     * @param ruleId   the table's rule ID, {@code "A4"}
     * @param standard the standard's text, as above
     * @param note     particulars from the source, or {@code null}
     * @throws IllegalArgumentException naming the text and the part that is wrong
     */
    public static ReceptionStandard row(String ruleId, String standard, Tier tier, VisitorRank rank, String note) {
        if (!"A4".equals(ruleId)) {
            throw new IllegalArgumentException("ruleId = " + ruleId + " is not the reception table's rule A4");
        }
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(rank, "rank");
        Map<String, String> parts = parts(standard);
        return new ReceptionStandard(tier, rank, party(parts, "reported to"), level(parts, "reviewed by"),
                level(parts, "approved by"), party(parts, "met by"), party(parts, "meeting chaired by"),
                party(parts, "banquet by"), party(parts, "e-screen by"), note);
    }

    /**
     * Checks the text of a reception standard ({@link #row}) without a tier or rank.
     *
     * @throws IllegalArgumentException naming the text and the part that is wrong
     */
    public static void checkStandard(String standard) {
        parts(standard);
    }

    /** This standard as the text of its table row ({@link #row}): {@code "reported to ...; met by ...; ..."}. */
    public String standard() {
        List<String> out = new ArrayList<>(PARTS.size());
        Object[] values = {reportTo, planReviewedBy, planApprovedBy, meetsAtStation, chairsMeeting, hostsBanquet,
                eScreenBy};
        for (int i = 0; i < PARTS.size(); i++) {
            if (values[i] != null) {
                out.add(PARTS.get(i) + " " + values[i]);
            }
        }
        return String.join("; ", out);
    }

    private static Map<String, String> parts(String standard) {
        if (standard == null || standard.isBlank()) {
            throw new IllegalArgumentException("the reception standard is empty: write its parts, e.g. \"met by"
                    + " BUSINESS_UNIT; meeting chaired by BUSINESS_UNIT; banquet by BUSINESS_UNIT; e-screen by"
                    + " MARKETING_DEPARTMENT\"");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String piece : standard.split(";")) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            String role = PARTS.stream().filter(r -> p.startsWith(r + " ")).findFirst().orElse(null);
            if (role == null) {
                throw new IllegalArgumentException("\"" + standard + "\" is not a reception standard: \"" + p
                        + "\" begins with none of " + String.join(", ", PARTS));
            }
            String who = p.substring(role.length()).strip();
            Enum<?>[] names = role.equals("reviewed by") || role.equals("approved by") ? ApproverLevel.values()
                    : Party.values();
            if (Arrays.stream(names).noneMatch(e -> e.name().equals(who))) {
                throw new IllegalArgumentException("\"" + standard + "\" is not a reception standard: \"" + who
                        + "\" (" + role + ") is not one of " + Arrays.toString(names));
            }
            if (parts.put(role, who) != null) {
                throw new IllegalArgumentException("\"" + standard + "\" is not a reception standard: \"" + role
                        + "\" is written twice");
            }
        }
        for (String role : REQUIRED) {
            if (!parts.containsKey(role)) {
                throw new IllegalArgumentException("\"" + standard + "\" is not a reception standard: it says nobody"
                        + " for \"" + role + "\" (required: " + String.join(", ", REQUIRED) + ")");
            }
        }
        return parts;
    }

    private static Party party(Map<String, String> parts, String role) {
        String who = parts.get(role);
        return who == null ? null : Party.valueOf(who);
    }

    private static ApproverLevel level(Map<String, String> parts, String role) {
        String who = parts.get(role);
        return who == null ? null : ApproverLevel.valueOf(who);
    }

    /** The approvals this standard asks for the visit: a review and an approval of the plan, where the row names them. */
    public List<RequiredApproval> approvalsFor(VisitReception visit) {
        List<RequiredApproval> approvals = new ArrayList<>(2);
        String cell = tier + " x " + rank;
        if (planReviewedBy != null) {
            approvals.add(RequiredApproval.reviewBy("A4", visit.visitId(), planReviewedBy,
                    "reception plan for a " + cell + " visit is reviewed by " + planReviewedBy + " (003 §13(三))"));
        }
        if (planApprovedBy != null) {
            approvals.add(RequiredApproval.of("A4", visit.visitId(), planApprovedBy,
                    "reception plan for a " + cell + " visit is approved by " + planApprovedBy + " (003 §13(三))"));
        }
        return approvals;
    }

    /** The arrangements this standard asks for the visit (lodging is a separate rule: only on request). */
    public List<Arrangement> arrangementsFor(VisitReception visit) {
        String id = visit.visitId();
        String cell = tier + " x " + rank;
        List<Arrangement> list = new ArrayList<>(6);
        if (reportTo != null) {
            list.add(Arrangement.of("A4", id, ArrangementTask.REPORT_VISIT_INFORMATION, reportTo,
                    "the business unit collects the visit information and reports it to " + reportTo));
        }
        list.add(Arrangement.of("A4", id, ArrangementTask.DRAFT_RECEPTION_PLAN, Party.BUSINESS_UNIT,
                planApprovedBy == null ? "the business unit plans and arranges the " + cell + " visit on its own"
                        : "the business unit drafts the reception plan for the " + cell + " visit"));
        list.add(Arrangement.of("A4", id, ArrangementTask.MEET_AT_STATION, meetsAtStation, withNote("meets and sees off the visitor")));
        list.add(Arrangement.of("A4", id, ArrangementTask.CHAIR_MEETING, chairsMeeting, "chairs the meeting with the visitor"));
        list.add(Arrangement.of("A4", id, ArrangementTask.HOST_BANQUET, hostsBanquet, "hosts the banquet"));
        list.add(Arrangement.of("A4", id, ArrangementTask.E_SCREEN_WELCOME, eScreenBy,
                "prints the welcome message on the electronic screen before the visitor arrives"));
        return list;
    }

    private String withNote(String text) {
        return note == null || note.isBlank() ? text : text + " (" + note + ")";
    }
}
