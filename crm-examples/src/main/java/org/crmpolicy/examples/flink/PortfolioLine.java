package org.crmpolicy.examples.flink;

/**
 * One line of the portfolio files on its way to its customer's task: which file it came from, the customer it is
 * about (the key), and the line itself, unparsed. A Flink POJO (public fields, no-argument constructor), so Flink
 * serializes it field by field without Kryo.
 */
public class PortfolioLine {

    public static final int CUSTOMER = 0;
    public static final int CONTACT = 1;
    public static final int EVENT = 2;

    /** {@link #CUSTOMER}, {@link #CONTACT} or {@link #EVENT}. */
    public int kind;
    public String customerId;
    public String line;
    /**
     * For a contact read in event time: the watermark its reader had emitted when it read the line ({@link
     * ContactWatermarks#stamped}); {@link Long#MIN_VALUE} for every other line. A contact made at or before it came
     * later than the lateness: whether it did depends on the order of the input alone, never on which task got how far.
     */
    public long watermark = Long.MIN_VALUE;

    public PortfolioLine() {
    }

    public PortfolioLine(int kind, String line) {
        this.kind = kind;
        this.customerId = PortfolioFiles.customerIdOf(line);
        this.line = line;
    }

    PortfolioLine(int kind, String line, long watermark) {
        this(kind, line);
        this.watermark = watermark;
    }

    /** Whether a line made at {@code at} (epoch milliseconds) came after its reader's watermark had passed it. */
    boolean behindItsWatermark(long at) {
        return at <= watermark;
    }

    /** Kind and customer only: a line may hold a contact person's phone or birthday. */
    @Override
    public String toString() {
        return "PortfolioLine[kind=" + kind + ", customer=" + customerId + "]";
    }
}
