package org.crmpolicy.approval;

import java.util.ArrayList;
import java.util.List;
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
 * the e-screen welcome. The rows are written in {@code approvals.drl}; this class only expands a row into the
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
