package org.crmpolicy.rules.batch;

import java.util.List;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.RejectedInput;

/**
 * Receives the results of a streaming run as they are produced. Every method is called on the thread that called
 * {@code PortfolioBatch.run}, one chunk at a time and in input order, so an implementation needs no synchronisation.
 * All methods have empty defaults.
 */
public interface BatchSink {

    /**
     * The findings about one chunk of customers (tiering and C/R obligations): customer by customer in input order, each
     * customer's by rule ID, then message; findings about no customer of the chunk last.
     */
    default void findings(List<Finding> findings) {
    }

    /** Input of one chunk that could not be used (for example a contact dated after asOf), and why. */
    default void rejected(List<RejectedInput> rejected) {
    }

    /** Progress after each chunk. */
    default void progress(BatchProgress progress) {
    }
}
