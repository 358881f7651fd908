package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.information.CustomerDataExport;
import org.crmpolicy.information.Encryption;
import org.crmpolicy.information.WrittenField;
import org.junit.jupiter.api.Test;

/**
 * I7 in the ERP example: the library judges the example's own storage — the schema as it was up to V5 (personal
 * columns in clear text) is flagged column by column and the job refuses to run on it; from V6 on the columns hold
 * AES-GCM ciphertext and pass.
 */
class ErpStorageEncryptionTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PHONE = "13912345678";
    private static final String EMAIL = "li.na@example.cn";
    private static final String NAME = "李娜";

    private static DataSource plainSchemaOfV5() {
        DataSource ds = ErpDatabases.h2InMemory("erp-plain-" + NAMES.incrementAndGet());
        ErpSchema.migrate(ds, FieldCipher.developmentKey(), "5");
        return ds;
    }

    private static void insertPlainContactPerson(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customer (customer_id, name, province, customer_since, categories, annual_volume,"
                    + " contract_status, prospect_signal) VALUES ('C-1', '某公司', '四川', DATE '2020-01-01', '', 0, 'NONE', 'NONE')");
            s.execute("INSERT INTO contact_person (customer_id, seq, name, position, phone, email, birthday) VALUES"
                    + " ('C-1', 1, '" + NAME + "', '经理', '" + PHONE + "', '" + EMAIL + "', DATE '1985-03-02')");
        }
    }

    @Test
    void i7TheLibraryFlagsTheOldPlainSchemaColumnByColumnNamingNoValue() throws SQLException {
        // given
        DataSource ds = plainSchemaOfV5();
        insertPlainContactPerson(ds);

        // when
        List<Finding> findings = ErpSchema.checkStorage(ds, ErpFixtures.policy(), DAY);

        // then
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I7");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.subjectId()).isEqualTo(ErpSchema.STORAGE_ID);
            assertThat(f.message()).doesNotContain(PHONE, EMAIL, NAME, "1985");
        }).extracting(f -> f.evidence().get("field")).containsExactlyInAnyOrder("contact_person.name",
                "contact_person.phone", "contact_person.email", "contact_person.birthday");
    }

    @Test
    void i7TheJobRefusesToRunOnThePlainSchemaNamingTheColumns() {
        // given
        DataSource ds = plainSchemaOfV5();
        ComplianceJob job = ComplianceJob.builder(ds, ErpFixtures.policy()).build();

        // then
        assertThatThrownBy(() -> job.run(DAY, AS_OF)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("migrate the schema first")
                .hasMessageContaining("contact_person.phone (CONTACT_PHONE) unencrypted at rest");
    }

    @Test
    void i7MigratingAPlainDatabaseEncryptsTheRowsAlreadyThereAndTheyReadBack() throws SQLException {
        // given
        DataSource ds = plainSchemaOfV5();
        insertPlainContactPerson(ds);

        // when
        int applied = ErpSchema.migrate(ds, FieldCipher.developmentKey());
        List<Customer> read = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            CustomerTable.readAfter(c, null, 10, 10, read::addAll, FieldCipher.developmentKey());
            c.commit();
        }

        // then
        assertThat(applied).as("V6, the encryption, V7, the response-deadline tables, V8, the service requests, V9, the information acts,"
                + " V10, the receptions, events and plans, V11, the survey answers, acquisition costs and status history,"
                + " V12, the company-wide contributions, and V13, the destructions, breaches, updates and policy revisions")
                .isEqualTo(8);
        assertThat(read).singleElement().extracting(Customer::contactPersons, InstanceOfAssertFactories.list(ContactPerson.class)).singleElement()
                .isEqualTo(new ContactPerson(NAME, "经理", PHONE, EMAIL, LocalDate.of(1985, 3, 2)));
        assertThat(rawContactPersonRow(ds)).doesNotContain(PHONE, EMAIL, NAME, "1985-03-02");
        assertThat(ErpSchema.checkStorage(ds, ErpFixtures.policy(), DAY)).isEmpty();
    }

    @Test
    void i7TheStorageDescriptionMarksOnlyCipherColumnsAsEncryptedAtRest() {
        // when
        CustomerDataExport plain = ErpSchema.storageDescription(plainSchemaOfV5(), DAY);
        CustomerDataExport current = ErpSchema.storageDescription(ErpFixtures.freshH2(), DAY);

        // then
        assertThat(plain.fields()).filteredOn(WrittenField::isPersonal).allSatisfy(f -> assertThat(f.encryption()).isEmpty());
        assertThat(current.fields()).filteredOn(WrittenField::isPersonal).hasSize(4)
                .allSatisfy(f -> assertThat(f.encryption()).isEqualTo(Set.of(Encryption.AT_REST)));
    }

    @Test
    void aValueMovedToAnotherRowOrReadWithAnotherKeyDoesNotDecryptAndTheErrorQuotesNoValue() {
        // given
        FieldCipher cipher = FieldCipher.developmentKey();
        String stored = cipher.encrypt(PHONE, CustomerTable.context("phone", "C-1", 1));

        // then
        assertThat(cipher.decrypt(stored, CustomerTable.context("phone", "C-1", 1))).isEqualTo(PHONE);
        assertThat(stored).doesNotContain(PHONE).isNotEqualTo(cipher.encrypt(PHONE, CustomerTable.context("phone", "C-1", 1)));
        assertThatThrownBy(() -> cipher.decrypt(stored, CustomerTable.context("phone", "C-2", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("contact_person.phone|C-2|1 does not decrypt with the key from the development default"
                        + " (wrong key, or the value was moved or altered)");
        assertThatThrownBy(() -> FieldCipher.of(new byte[32]).decrypt(stored, CustomerTable.context("phone", "C-1", 1)))
                .isInstanceOf(IllegalStateException.class).message().doesNotContain(PHONE).doesNotContain(stored);
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedAndTheCipherNeverPrintsItsKey() {
        assertThatThrownBy(() -> FieldCipher.of(new byte[10])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field key from the caller has 10 bytes: expected 16, 24 or 32 (AES-128/192/256), Base64-encoded");
        assertThat(FieldCipher.developmentKey().toString())
                .isEqualTo("FieldCipher[AES-GCM, key from the development default]")
                .doesNotContain(FieldCipher.DEV_KEY_BASE64);
    }

    private static String rawContactPersonRow(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM contact_person")) {
            StringBuilder row = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
            }
            return row.toString();
        }
    }
}
