package org.crmpolicy.complaint;

/** Who a progress report went to (D7: both, at least twice per ISO week). */
public enum ProgressAudience {
    COMPETENT_DEPARTMENT("competent department"),
    CUSTOMER("customer");

    private final String label;

    ProgressAudience(String label) {
        this.label = label;
    }

    /** How a duty's text names the audience: {@code competent department}, {@code customer}. */
    public String label() {
        return label;
    }
}
