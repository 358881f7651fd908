package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The job judges the ERP's service requests by the P10 flow and stores each finding once, naming its rule. */
class ServiceRequestsAreaTest {

    @Test
    void anUrgentRequestResolvedAMinuteBeforeItsBoundPassesAndOneResolvedAMinuteAfterIsAStoredP10Violation()
            throws Exception {
        // given: two URGENT requests (P10.urgent-resolution-hours=24), classified and owned, resolved either side
        DataSource ds = ErpFixtures.freshH2();
        ErpFixtures.load(ds, 40);
        String customer = firstCustomer(ds);
        Instant onTimeReceived = AS_OF.minus(Duration.ofHours(25));
        Instant lateReceived = AS_OF.minus(Duration.ofHours(26));
        insert(ds, "SR-ON-TIME", customer, onTimeReceived, onTimeReceived.plus(Duration.ofHours(24)).minusSeconds(60));
        insert(ds, "SR-LATE", customer, lateReceived, lateReceived.plus(Duration.ofHours(24)).plusSeconds(60));
        ComplianceJob job = ComplianceJob.builder(ds, ErpFixtures.policy()).chunkSize(40)
                .area(new ServiceRequestsArea(ErpFixtures.policy())).build();

        // when
        RunSummary first = job.run(DAY, AS_OF);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM policy_run");
        }
        RunSummary again = job.run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE subject_id = 'SR-LATE' AND rule_id = 'P10'"
                + " AND severity = 'VIOLATION' AND customer_id = ?", customer)).isEqualTo(1);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE subject_id = 'SR-ON-TIME'")).isZero();
        assertThat(first.findingsWritten()).isPositive();
        assertThat(again.findingsWritten()).isZero();
    }

    private static String firstCustomer(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(customer_id) FROM customer")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void insert(DataSource ds, String id, String customer, Instant received, Instant resolved)
            throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO service_request"
                + " (request_id, customer_id, channel, severity, received_at, handled_by, responded_at, classified_at,"
                + " owner_assigned_at, owner_id, resolved_at) VALUES (?, ?, 'PHONE', 'URGENT', ?, 'SERVICE_DESK', ?, ?, ?,"
                + " 'SERVICE_ENGINEER', ?)")) {
            ps.setString(1, id);
            ps.setString(2, customer);
            ps.setObject(3, received.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(4, received.plusSeconds(300).atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(5, received.plusSeconds(600).atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(6, received.plusSeconds(900).atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(7, resolved.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.executeUpdate();
        }
    }
}
