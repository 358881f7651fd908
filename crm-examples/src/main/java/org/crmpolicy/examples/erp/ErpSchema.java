package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.information.CustomerDataExport;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.Encryption;
import org.crmpolicy.information.ExportKind;
import org.crmpolicy.information.WrittenField;
import org.crmpolicy.rules.CrmPolicy;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The ERP example's database schema, applied with Flyway from {@code db/migration/common} (portable SQL) and
 * {@code db/migration/h2} or {@code db/migration/postgresql} (what differs: the append-only trigger on complaint events). Works on H2 2.3 and
 * PostgreSQL; see docs/erp-integration.md. Migration V6 ({@link V6EncryptContactPersons}) encrypts the contact
 * persons' personal columns; {@link #storageDescription} describes the live schema to the policy (I7).
 * Thread-safe: holds nothing.
 */
public final class ErpSchema {

    /** The {@code exportId} of {@link #storageDescription}. */
    public static final String STORAGE_ID = "erp-database";

    private static final String CIPHER_SUFFIX = "_cipher";

    /** Table → column → the kind of customer data it holds (the column without {@code _cipher}). */
    private static final Map<String, Map<String, CustomerDataField>> CUSTOMER_DATA_COLUMNS = new LinkedHashMap<>();

    static {
        CUSTOMER_DATA_COLUMNS.put("customer", Map.of("credit_rating", CustomerDataField.CREDIT_STANDING,
                "annual_volume", CustomerDataField.PRODUCTION_SITUATION));
        CUSTOMER_DATA_COLUMNS.put("contact_person", Map.of("name", CustomerDataField.CONTACT_PERSON_NAME,
                "phone", CustomerDataField.CONTACT_PHONE, "email", CustomerDataField.CONTACT_EMAIL,
                "birthday", CustomerDataField.CONTACT_BIRTHDAY));
        CUSTOMER_DATA_COLUMNS.put("contract", Map.of("amount", CustomerDataField.CONTRACTS_AND_ORDERS,
                "qualification_docs", CustomerDataField.QUALIFICATION_DOCUMENTS));
    }

    private ErpSchema() {
    }

    /**
     * Brings the database up to the latest schema version; does nothing when it already is.
     *
     * @param dataSource the ERP database, not {@code null}
     * @return the number of migrations applied by this call
     * @throws IllegalArgumentException when the database is neither H2 nor PostgreSQL
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, FieldCipher.fromEnvironment());
    }

    /**
     * Brings the database up to the latest schema version with {@code cipher} for the personal columns (V6 encrypts
     * rows already there); does nothing when it already is.
     *
     * @return the number of migrations applied by this call
     */
    public static int migrate(DataSource dataSource, FieldCipher cipher) {
        return migrate(dataSource, cipher, null);
    }

    /** Migrates up to {@code target} ({@code null}: the latest); tests use it to build an older schema. */
    static int migrate(DataSource dataSource, FieldCipher cipher, String target) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .javaMigrations(new V6EncryptContactPersons(cipher))
                .loggers("slf4j");
        if (target != null) {
            config.target(target);
        }
        MigrateResult result = config.load().migrate();
        return result.migrationsExecuted;
    }

    /**
     * The ERP's storage of customer data as the policy reads it (I7): one {@link WrittenField} per column that holds
     * customer data, read from the live schema. A {@code *_cipher} column holds {@link FieldCipher} ciphertext and is
     * described as encrypted at rest; any other column as clear text. Columns that hold no customer data are not
     * listed.
     *
     * @param on the day the description is judged for
     */
    public static CustomerDataExport storageDescription(DataSource dataSource, LocalDate on) {
        List<WrittenField> fields = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<String, Map<String, CustomerDataField>> table : CUSTOMER_DATA_COLUMNS.entrySet()) {
                for (String column : columns(c, table.getKey())) {
                    boolean cipher = column.endsWith(CIPHER_SUFFIX);
                    CustomerDataField field = table.getValue()
                            .get(cipher ? column.substring(0, column.length() - CIPHER_SUFFIX.length()) : column);
                    if (field != null) {
                        String name = table.getKey() + "." + column;
                        fields.add(cipher ? WrittenField.encrypted(name, field, Encryption.AT_REST) : WrittenField.plain(name, field));
                    }
                }
            }
        } catch (SQLException e) {
            throw new ErpDataException("read the columns of the customer-data tables", e);
        }
        return new CustomerDataExport(STORAGE_ID, ExportKind.STORAGE_CONFIGURATION, fields, on);
    }

    /**
     * The policy's findings on the ERP's storage ({@link #storageDescription}): empty when every personal column is
     * encrypted at rest, one I7 violation per clear-text personal column otherwise.
     */
    public static List<Finding> checkStorage(DataSource dataSource, CrmPolicy policy, LocalDate on) {
        return policy.information().check(storageDescription(dataSource, on), List.of(), List.of());
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** {@code h2} or {@code postgresql}: the folder of the vendor-specific migrations. */
    static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalArgumentException("database '" + product + "' is not supported: expected H2 or PostgreSQL");
        } catch (SQLException e) {
            throw new ErpDataException("read the database product name", e);
        }
    }
}
