package org.crmpolicy.examples.erp;

/**
 * Told about each chunk after its writes and progress are staged and just before they are committed. Meant for
 * progress display; an exception it throws rolls the chunk back and stops the run, as a crash would at that point
 * (the tests use this to prove a re-run completes the work).
 */
@FunctionalInterface
public interface ChunkListener {

    /** A listener that does nothing. */
    ChunkListener NONE = (chunk, customers, lastCustomerId) -> { };

    /**
     * @param chunkNumber    1-based number of the chunk within this run date (counts chunks of earlier attempts)
     * @param customers      customers in this chunk
     * @param lastCustomerId the last customer ID of the chunk
     */
    void beforeCommit(int chunkNumber, int customers, String lastCustomerId);
}
