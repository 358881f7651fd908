package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.CustomerId;
import org.junit.jupiter.api.Test;

/** The ERP's contact log read back as the contact-compliance façade's facts. */
class ErpContactLogTest {

    @Test
    void aContactAtTheRunsInstantIsReadAndOneASecondLaterIsNot() throws SQLException {
        // given
        DataSource erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, 1);
        CustomerId c = CustomerId.of("C0000001");
        Contact atAsOf = Contact.of("K-AT", c, "E-7", ContactRole.BU_HEAD, Channel.VISIT, Purpose.REVISIT, ErpFixtures.AS_OF);
        Contact after = Contact.of("K-AFTER", c, "E-7", ContactRole.BU_HEAD, Channel.VISIT, Purpose.REVISIT,
                ErpFixtures.AS_OF.plusSeconds(1));
        Contact lateNote = Contact.of("K-NOTE", c, "E-8", ContactRole.SALES_STAFF, Channel.EMAIL, Purpose.KEY_CUSTOMER_REPORT,
                ErpFixtures.AS_OF.minusSeconds(3600)).recordedAt(ErpFixtures.AS_OF).asInternalNote();
        try (Connection k = erp.getConnection()) {
            ErpContactLog.insert(k, List.of(atAsOf, after, lateNote));
            ErpContactLog.insertEvents(k, List.of(CustomerEvent.of("PO-1", c, CustomerEvent.Kind.PURCHASE, ErpFixtures.AS_OF),
                    CustomerEvent.of("PO-2", c, CustomerEvent.Kind.PURCHASE, ErpFixtures.AS_OF.plusSeconds(1))));
        }

        // when
        List<Contact> read;
        List<CustomerEvent> events;
        try (Connection k = erp.getConnection()) {
            read = ErpContactLog.contacts(k, "C0000001", "C0000001", ErpFixtures.AS_OF);
            events = ErpContactLog.events(k, "C0000001", "C0000001", ErpFixtures.AS_OF);
        }

        // then: exactly what was written, up to the instant
        assertThat(read).contains(atAsOf, lateNote).doesNotContain(after);
        assertThat(events).extracting(CustomerEvent::id).containsExactly("PO-1");
    }

    @Test
    void aRowWithoutARoleIsSalesStaffAndTheErpChannelEventIsAMeeting() throws SQLException {
        // given: a row as written before migration V5
        DataSource erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, 1);
        Instant at = ErpFixtures.AS_OF.minusSeconds(60);
        try (Connection k = erp.getConnection(); var s = k.prepareStatement("INSERT INTO contact (contact_id, customer_id,"
                + " channel, purpose, occurred_at, recorded_by) VALUES ('K-OLD', 'C0000001', 'EVENT', 'ROUTINE', ?, 'E-1')")) {
            s.setObject(1, at.atOffset(java.time.ZoneOffset.UTC));
            s.executeUpdate();
        }

        // when
        List<Contact> read;
        try (Connection k = erp.getConnection()) {
            read = ErpContactLog.contacts(k, "C0000001", "C0000001", ErpFixtures.AS_OF);
        }

        // then
        assertThat(read).filteredOn(x -> x.id().equals("K-OLD")).singleElement().satisfies(x -> {
            assertThat(x.role()).isEqualTo(ContactRole.SALES_STAFF);
            assertThat(x.channel()).isEqualTo(Channel.MEETING);
            assertThat(x.recordedAt()).isEqualTo(at);
        });
    }
}
