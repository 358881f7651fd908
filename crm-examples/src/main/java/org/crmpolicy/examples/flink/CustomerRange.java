package org.crmpolicy.examples.flink;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.examples.erp.CustomerTable;
import org.crmpolicy.examples.erp.ErpDataException;

/**
 * A contiguous range of customer ids, {@code [first, last]} both inclusive: the unit of work of {@link
 * ReadCustomerRange}. A Flink POJO (public fields, no-argument constructor), so Flink moves it without Kryo.
 */
public class CustomerRange {

    /** The first customer id of the range, inclusive. */
    public String first;
    /** The last customer id of the range, inclusive. */
    public String last;

    public CustomerRange() {
    }

    public CustomerRange(String first, String last) {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(last, "last must not be null");
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("first = " + first + " sorts after last = " + last);
        }
        this.first = first;
        this.last = last;
    }

    /** {@code ids} (sorted, distinct) cut into ranges of at most {@code perRange} ids each, in order. */
    public static List<CustomerRange> cut(List<String> ids, int perRange) {
        if (perRange < 1) {
            throw new IllegalArgumentException("perRange must be >= 1, got " + perRange);
        }
        List<CustomerRange> ranges = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += perRange) {
            int to = Math.min(ids.size(), from + perRange) - 1;
            ranges.add(new CustomerRange(ids.get(from), ids.get(to)));
        }
        return ranges;
    }

    /** The ERP's customers cut into ranges of at most {@code perRange}: read on the client, before the job starts. */
    public static List<CustomerRange> of(ErpConnection erp, int perRange) {
        try (Connection c = erp.open()) {
            return cut(CustomerTable.ids(c, 1_000), perRange);
        } catch (SQLException e) {
            throw new ErpDataException("read the customer ids to cut into ranges", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerRange r && Objects.equals(first, r.first) && Objects.equals(last, r.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    @Override
    public String toString() {
        return "CustomerRange[" + first + ".." + last + "]";
    }
}
