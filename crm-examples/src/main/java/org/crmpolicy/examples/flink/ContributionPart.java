package org.crmpolicy.examples.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.crmpolicy.rules.batch.Contributions;

/**
 * Contributions to one company-wide obligation (or, under the key {@code ""}, only findings and a data bound) on
 * their way between tasks: the obligation key and the {@link Contributions} in their Java serial form. A Flink POJO:
 * Flink moves the key and the bytes without Kryo.
 */
public class ContributionPart {

    /** The obligation key, or {@code ""} for a part without candidates. */
    public String key;
    public byte[] bytes;

    public ContributionPart() {
    }

    public ContributionPart(String key, Contributions contributions) {
        this.key = key;
        this.bytes = toBytes(contributions);
    }

    public Contributions contributions() {
        return read(bytes);
    }

    static Contributions read(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Contributions) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("contributions cannot be read", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("contributions cannot be read", e);
        }
    }

    static byte[] toBytes(Contributions contributions) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(contributions);
        } catch (IOException e) {
            throw new UncheckedIOException("contributions cannot be written", e);
        }
        return buffer.toByteArray();
    }

    @Override
    public String toString() {
        return "ContributionPart[" + key + ", " + (bytes == null ? 0 : bytes.length) + " bytes]";
    }
}
