package org.crmpolicy.rules.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.finding.RuleId;

/**
 * One clause of the policy catalogue (POLICY.md), as shipped in {@code org/crmpolicy/rules/catalogue.tsv}.
 * Immutable.
 *
 * @param id         the catalogue ID
 * @param area       its policy area
 * @param summary    the clause in one line
 * @param source     where in the source documents it comes from, e.g. {@code 003 §16(三)3}
 * @param enforcedIn {@value #DRL} when only DRL rules enforce it, else the fully-qualified names of the Java classes
 *                   that do, comma-separated (definitions, invariants and metrics such as T1, P2, I3)
 */
public record CatalogueEntry(RuleId id, PolicyArea area, String summary, String source, String enforcedIn) {

    /** The {@link #enforcedIn()} value of a clause enforced by DRL rules. */
    public static final String DRL = "drl";

    static final String RESOURCE = "org/crmpolicy/rules/catalogue.tsv";

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enforcedIn, "enforcedIn");
        if (id.area() != area) {
            throw new IllegalArgumentException("catalogue entry " + id + ": area " + area + " does not match the ID's letter");
        }
    }

    /** True when a Java class, not a DRL rule, enforces this clause. */
    public boolean isEnforcedInJava() {
        return !DRL.equals(enforcedIn);
    }

    /** The fully-qualified names of the Java classes that enforce this clause; empty when only DRL does. */
    public List<String> javaClasses() {
        return isEnforcedInJava() ? Arrays.stream(enforcedIn.split(",")).map(String::strip).toList() : List.of();
    }

    /** The whole shipped catalogue, in POLICY.md order. */
    public static List<CatalogueEntry> all() {
        return Shipped.ENTRIES;
    }

    /** Parses the catalogue resource; package-private for tests. */
    static List<CatalogueEntry> parse(String tsv) {
        List<CatalogueEntry> entries = new ArrayList<>();
        int lineNo = 0;
        for (String line : tsv.lines().toList()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 5 tab-separated fields "
                        + "(id, area, summary, source, enforced_in), found " + f.length);
            }
            entries.add(new CatalogueEntry(RuleId.of(f[0]), PolicyArea.valueOf(f[1]), f[2], f[3], f[4]));
        }
        return List.copyOf(entries);
    }

    private static final class Shipped {
        static final List<CatalogueEntry> ENTRIES = load();

        private static List<CatalogueEntry> load() {
            try (InputStream in = CatalogueEntry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("policy catalogue missing from the class path: " + RESOURCE);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
