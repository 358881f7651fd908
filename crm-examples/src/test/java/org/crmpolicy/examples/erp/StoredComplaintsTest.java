package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.customer.CustomerId;
import org.junit.jupiter.api.Test;

/** Complaints stored as append-only event rows and replayed from them; the sample's complaint histories. */
class StoredComplaintsTest {

    @Test
    void everySampleScenarioIsStoredAsRowsAndReplaysToTheSameComplaint() throws SQLException {
        // given: one complaint per scenario, recorded through the aggregate
        DataSource erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, 1);
        List<Complaint> recorded = new ArrayList<>();
        for (SampleComplaints.Scenario s : EnumSet.allOf(SampleComplaints.Scenario.class)) {
            recorded.add(SampleComplaints.history("C0000001-" + s.ordinal(), CustomerId.of("C0000001"), s,
                    new SplittableRandom(s.ordinal()), ErpFixtures.DAY));
        }
        try (Connection c = erp.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM finding");
            for (Complaint k : recorded) {
                st.executeUpdate("INSERT INTO complaint (complaint_id, customer_id, received_at, kind, severity)"
                        + " VALUES ('" + k.id().value() + "', 'C0000001', CURRENT_TIMESTAMP, 'COMPLAINT', 'GENERAL')");
                StoredComplaints.append(c, k.events());
            }
        }

        // when
        List<Complaint> replayed = new ArrayList<>();
        try (Connection c = erp.getConnection()) {
            for (StoredComplaints.Loaded l : StoredComplaints.load(c, "C0000001", "C0000001", ErpFixtures.AS_OF)) {
                if (l.events().get(0).complaintId().value().contains("-")) {
                    replayed.add(l.replay());
                }
            }
        }

        // then
        assertThat(replayed).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(recorded).extracting(Complaint::state).map(Enum::name)
                .contains("CLOSED", "ESCALATED", "IN_PROGRESS");
        assertThat(recorded).anySatisfy(k -> assertThat(k.reopenCount()).isEqualTo(1));
    }

    @Test
    void eventsAfterTheInstantAreNotLoaded() throws SQLException {
        // given
        DataSource erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, 60);
        try (Connection c = erp.getConnection()) {
            List<StoredComplaints.Loaded> all = StoredComplaints.load(c, null, null, ErpFixtures.AS_OF);
            StoredComplaints.Loaded first = all.get(0);
            java.time.Instant second = first.events().get(1).at();

            // when
            List<StoredComplaints.Loaded> early = StoredComplaints.load(c, first.customerId().value(),
                    first.customerId().value(), second.minusNanos(1000));

            // then
            assertThat(all).isNotEmpty();
            assertThat(early).singleElement().satisfies(l -> assertThat(l.events()).hasSize(1));
        }
    }

    @Test
    void changesSurviveLineBreaksBackslashesAndEqualSignsInValues() {
        // given
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("content", "line 1\nline 2 \\n not a break = still the value\r");
        changes.put("amount", "80000.00");

        // then
        assertThat(StoredComplaints.decode(StoredComplaints.encode(changes))).isEqualTo(changes);
        assertThat(StoredComplaints.encode(changes)).hasLineCount(2);
        assertThat(StoredComplaints.decode(null)).isEmpty();
    }

    @Test
    void theStoredRowsCannotBeChanged() throws SQLException {
        // given
        DataSource erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, 60);

        // then
        try (Connection c = erp.getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE complaint_event SET state_after = 'CLOSED'"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
