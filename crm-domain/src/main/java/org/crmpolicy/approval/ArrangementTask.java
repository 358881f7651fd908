package org.crmpolicy.approval;

/** What an arrangement of an {@link ApprovalPlan} asks someone to do. */
public enum ArrangementTask {
    /** A4: collect the visit information and report it to the party named. */
    REPORT_VISIT_INFORMATION,
    /** A4: draft the reception plan. */
    DRAFT_RECEPTION_PLAN,
    /** A4: meet the visitor at the station or airport and see them off. */
    MEET_AT_STATION,
    /** A4: chair the meeting with the visitor. */
    CHAIR_MEETING,
    /** A4: host the banquet. */
    HOST_BANQUET,
    /** A4: put a welcome message on the electronic screen before the visitor arrives. */
    E_SCREEN_WELCOME,
    /** A4: book lodging, because the visitor asked for it. */
    BOOK_LODGING,
    /** A5: attend the customer's event. */
    ATTEND_EVENT,
    /** A5: buy the gift for the customer's event. */
    BUY_GIFT,
    /** I4/A9: log the use (who, when, purpose, result). */
    LOG_ACCESS,
    /** I5: record the destruction (method, time, responsible person). */
    RECORD_DESTRUCTION,
    /** I10: log the update (time, content, responsible person). */
    LOG_UPDATE,
    /** I9: isolate the leaked information. */
    ISOLATE_LEAKED_INFORMATION,
    /** I9: notify the affected customers. */
    NOTIFY_AFFECTED_CUSTOMERS,
    /** I9: assign accountability. */
    ASSIGN_ACCOUNTABILITY
}
