package org.crmpolicy.deadline;

/** How often a periodic report is due; periods are calendar months, quarters and half-years. */
public enum ReportCadence {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6);

    private final int months;

    ReportCadence(int months) {
        this.months = months;
    }

    /** The length of one period in months. */
    public int months() {
        return months;
    }
}
