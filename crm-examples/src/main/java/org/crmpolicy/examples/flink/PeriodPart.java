package org.crmpolicy.examples.flink;

import org.crmpolicy.rules.batch.CompanyPeriod;
import org.crmpolicy.rules.batch.Contributions;

/**
 * Contributions to one company-wide obligation in one period on their way to the task that decides it: the period's
 * {@link CompanyPeriod#key()} (or {@code ""} for the sessions' company-level findings, which belong to no period), the
 * event time from which it is complete ({@link CompanyPeriod#completeAt()}, epoch milliseconds) and the
 * {@link Contributions} in their Java serial form. A Flink POJO.
 */
public class PeriodPart {

    /** The key of the sessions' company-level findings, published at the end of input. */
    public static final String NO_PERIOD = "";

    public String key;
    public long completeAt;
    public byte[] bytes;
    /**
     * Whether these are contributions of a contact that came after its reader's watermark had passed the period's
     * completion: never counted in the status, only judged against the decision (the late-record finding), even when
     * the deciding task has not decided yet.
     */
    public boolean late;

    public PeriodPart() {
    }

    public PeriodPart(CompanyPeriod period, Contributions contributions) {
        this(period.key(), period.completeAt().toEpochMilli(), contributions);
    }

    PeriodPart(String key, long completeAt, Contributions contributions) {
        this.key = key;
        this.completeAt = completeAt;
        this.bytes = ContributionPart.toBytes(contributions);
    }

    /** The contributions of a contact that came after its reader's watermark had passed the period's completion. */
    static PeriodPart late(CompanyPeriod period, Contributions contributions) {
        PeriodPart part = new PeriodPart(period, contributions);
        part.late = true;
        return part;
    }

    public Contributions contributions() {
        return ContributionPart.read(bytes);
    }

    @Override
    public String toString() {
        return "PeriodPart[" + key + (late ? ", late" : "") + ", " + (bytes == null ? 0 : bytes.length) + " bytes]";
    }
}
