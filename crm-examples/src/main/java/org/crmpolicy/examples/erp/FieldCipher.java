package org.crmpolicy.examples.erp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the personal columns of the ERP example (I7: customer data is encrypted at rest, 004 ch.1 §5 1.2) with
 * AES-GCM from the JDK ({@code javax.crypto}, no extra dependency). A stored value is {@code v1:} followed by the
 * Base64 of a fresh 12-byte nonce and the ciphertext with its 128-bit tag. The column and the row it belongs to are
 * bound in as associated data, so a value copied into another row or column does not decrypt.
 *
 * <p>The key is 16, 24 or 32 bytes, Base64-encoded, from the environment variable {@value #KEY_VARIABLE} or the
 * system property {@value #KEY_PROPERTY} ({@link #fromEnvironment()}). Without either, the example uses a fixed
 * <b>development key</b> written in this source ({@link #DEV_KEY_BASE64}): it keeps the sample runnable out of the
 * box and protects nothing — a real ERP sets its own key and keeps it out of the database.
 *
 * <p>Thread-safe (a new {@link Cipher} per call). Never prints the key or a value: {@link #toString()} names only
 * where the key came from, and a failure says which column failed, not what it held.
 */
public final class FieldCipher {

    /** Environment variable holding the Base64 key. */
    public static final String KEY_VARIABLE = "CRM_ERP_FIELD_KEY";
    /** System property holding the Base64 key; the environment variable wins when both are set. */
    public static final String KEY_PROPERTY = "crm.erp.field-key";
    /** The development key (32 bytes, AES-256): for the sample and tests only, never for real data. */
    public static final String DEV_KEY_BASE64 = "Y3JtLXBvbGljeSBFUlAgZXhhbXBsZSBkZXYga2V5ISE=";

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String source;

    private FieldCipher(byte[] key, String source) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("field key from " + source + " has " + key.length
                    + " bytes: expected 16, 24 or 32 (AES-128/192/256), Base64-encoded");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.source = source;
    }

    /** A cipher with the given raw key (16, 24 or 32 bytes). */
    public static FieldCipher of(byte[] key) {
        return new FieldCipher(Objects.requireNonNull(key, "key"), "the caller");
    }

    /** The key from {@value #KEY_VARIABLE}, else {@value #KEY_PROPERTY}, else the development key. */
    public static FieldCipher fromEnvironment() {
        String env = System.getenv(KEY_VARIABLE);
        if (env != null && !env.isBlank()) {
            return new FieldCipher(decodeKey(env, KEY_VARIABLE), "environment variable " + KEY_VARIABLE);
        }
        String property = System.getProperty(KEY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new FieldCipher(decodeKey(property, KEY_PROPERTY), "system property " + KEY_PROPERTY);
        }
        return developmentKey();
    }

    /** The fixed development key ({@link #DEV_KEY_BASE64}). */
    public static FieldCipher developmentKey() {
        return new FieldCipher(Base64.getDecoder().decode(DEV_KEY_BASE64), "the development default");
    }

    private static byte[] decodeKey(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is not Base64: set it to the Base64 of a 16, 24 or 32 byte key");
        }
    }

    /**
     * The stored form of {@code plaintext}, or {@code null} for {@code null}.
     *
     * @param context the column and row it is stored in, e.g. {@code contact_person.phone|C-0001|1}; bound in, not stored
     */
    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting " + columnOf(context) + " failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The plaintext of a stored value, or {@code null} for {@code null}.
     *
     * @param context the same context it was encrypted with
     * @throws IllegalStateException naming the column when the value is not this cipher's (wrong key, wrong row,
     *                               tampered); the value itself is not quoted
     */
    public String decrypt(String stored, String context) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException(columnOf(context) + " does not hold a " + PREFIX + " ciphertext");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(columnOf(context) + " does not decrypt with the key from " + source
                    + " (wrong key, or the value was moved or altered)");
        }
    }

    /** The context names a column and a row by its keys (customer ID, sequence), never by personal data. */
    private static String columnOf(String context) {
        return context;
    }

    /** Where the key came from; never the key. */
    @Override
    public String toString() {
        return "FieldCipher[AES-GCM, key from " + source + "]";
    }
}
