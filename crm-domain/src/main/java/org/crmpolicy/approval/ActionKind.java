package org.crmpolicy.approval;

/** The kinds of act a host asks the policy about; an {@link Approval} names the kind it approves. */
public enum ActionKind {
    CONTRACT_SIGNING,
    PREFERENTIAL_POLICY,
    VISIT_RECEPTION,
    CUSTOMER_EVENT,
    AD_HOC_REVISIT_PLAN,
    /** A regular (not ad-hoc) revisit plan: no approval needed (A6 concerns ad-hoc plans only). */
    REVISIT_PLAN,
    COMPLAINT_HANDLING_ASSIGNMENT,
    POLICY_REVISION,
    MANAGEMENT_PLAN,
    SURVEY_IMPROVEMENT_PLAN,
    TRAINING_PLAN,
    INFORMATION_USE,
    INFORMATION_DESTRUCTION,
    INFORMATION_COLLECTION,
    INFORMATION_UPDATE,
    INFORMATION_EXPORT,
    INFORMATION_BREACH
}
