package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V6 (I7): the personal columns of {@code contact_person} — name, phone, email, birthday — become
 * {@code *_cipher} columns holding {@link FieldCipher} ciphertext; rows already there are encrypted in place and the
 * plain columns are dropped. A Java migration because the key is not SQL's to know: {@link ErpSchema#migrate}
 * hands it the cipher. Portable DDL (H2 2.3, PostgreSQL 13+).
 */
final class V6EncryptContactPersons implements JavaMigration {

    static final String[] PLAIN = {"name", "phone", "email", "birthday"};

    private final FieldCipher cipher;

    V6EncryptContactPersons(FieldCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "encrypt contact person personal columns";
    }

    @Override
    public Integer getChecksum() {
        return 6_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String column : PLAIN) {
                s.execute("ALTER TABLE contact_person ADD COLUMN " + column + "_cipher VARCHAR(2000)");
            }
        }
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT customer_id, seq, name, phone, email, birthday FROM contact_person");
             PreparedStatement write = c.prepareStatement("UPDATE contact_person SET name_cipher = ?, phone_cipher = ?,"
                     + " email_cipher = ?, birthday_cipher = ? WHERE customer_id = ? AND seq = ?")) {
            while (rs.next()) {
                String customerId = rs.getString(1);
                int seq = rs.getInt(2);
                LocalDate birthday = rs.getObject(6, LocalDate.class);
                write.setString(1, cipher.encrypt(rs.getString(3), CustomerTable.context("name", customerId, seq)));
                write.setString(2, cipher.encrypt(rs.getString(4), CustomerTable.context("phone", customerId, seq)));
                write.setString(3, cipher.encrypt(rs.getString(5), CustomerTable.context("email", customerId, seq)));
                write.setString(4, cipher.encrypt(birthday == null ? null : birthday.toString(),
                        CustomerTable.context("birthday", customerId, seq)));
                write.setString(5, customerId);
                write.setInt(6, seq);
                write.addBatch();
            }
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            for (String column : PLAIN) {
                s.execute("ALTER TABLE contact_person DROP COLUMN " + column);
            }
            s.execute("ALTER TABLE contact_person ALTER COLUMN name_cipher SET NOT NULL");
        }
    }
}
