package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a host that uses only the shipped, precompiled rules does not carry the DRL compiler toolchain. The
 * {@link PrecompiledOnlyHost} runs in a separate JVM on this test's class path minus every toolchain jar, and once more
 * on the whole class path; both must give the same tiers, obligations and catalogue, and only the first must refuse a
 * rule directory, naming the dependencies a host adds.
 */
class PrecompiledOnlyHostTest {

    /**
     * The jars a precompiled-only host leaves out (docs/dependencies.md). drools-compiler itself stays: the executable
     * model finds the {@code KieServices} implementation in it.
     */
    static final Pattern TOOLCHAIN = Pattern.compile("(drools-drl-parser|drools-drl-ast|drools-ecj|ecj"
            + "|antlr4-runtime|antlr-runtime|drools-model-codegen|drools-codegen-common|drools-mvel-parser"
            + "|drools-mvel-compiler|drools-mvel|mvel2|javaparser-core|expressly|jakarta\\.el-api)-\\d[^/\\\\]*\\.jar");

    static List<String> withoutToolchain;
    static List<String> withToolchain;
    static List<String> removed = new ArrayList<>();

    @BeforeAll
    static void runTheHostTwice() throws Exception {
        List<String> full = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> kept = new ArrayList<>();
        for (String entry : full) {
            if (TOOLCHAIN.matcher(Path.of(entry).getFileName().toString()).matches()) {
                removed.add(Path.of(entry).getFileName().toString());
            } else {
                kept.add(entry);
            }
        }
        withoutToolchain = run(kept);
        withToolchain = run(full);
    }

    @Test
    void theClassPathOfTheHostLacksEveryToolchainJar() {
        assertThat(removed).anyMatch(j -> j.startsWith("drools-drl-parser-")).anyMatch(j -> j.startsWith("ecj-"))
                .anyMatch(j -> j.startsWith("mvel2-")).anyMatch(j -> j.startsWith("javaparser-core-"))
                .anyMatch(j -> j.startsWith("drools-model-codegen-")).anyMatch(j -> j.startsWith("expressly-"));
    }

    @Test
    void aKeyCustomerIsClassifiedWithoutTheToolchain() {
        assertThat(withoutToolchain).filteredOn(l -> l.startsWith("tier ")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("tier KEY "));
        assertThat(withoutToolchain.get(0)).isEqualTo(withToolchain.get(0));
    }

    @Test
    void obligationsAreEvaluatedAsWithTheToolchain() {
        assertThat(withoutToolchain.get(1)).startsWith("compliance ").doesNotStartWith("compliance 0 ")
                .isEqualTo(withToolchain.get(1));
    }

    @Test
    void theCatalogueListsTheShippedRulesWithTheirFilesAndLines() {
        assertThat(withoutToolchain.get(2)).startsWith("catalogue ").doesNotStartWith("catalogue 0 ")
                .doesNotContain("?:0").isEqualTo(withToolchain.get(2));
    }

    @Test
    void aRuleDirectoryIsRefusedNamingTheDependenciesToAdd() {
        assertThat(withoutToolchain.get(3)).isEqualTo("ruleDirectory refused: ruleDirectory <dir> needs the DRL "
                + "compiler at run time, an optional dependency of crm-rules; missing from the class path: "
                + "org.drools:drools-drl-ast, org.drools:drools-drl-parser, org.drools:drools-ecj, org.drools:drools-mvel, "
                + "org.eclipse.jdt:ecj, org.mvel:mvel2. Add org.drools:drools-compiler and org.drools:drools-mvel to the "
                + "host's dependencies (docs/dependencies.md); the shipped, precompiled rules need neither");
        assertThat(withToolchain.get(3)).isEqualTo("ruleDirectory accepted");
    }

    private static List<String> run(List<String> classPath) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=UTC", "-cp", String.join(File.pathSeparator, classPath),
                PrecompiledOnlyHost.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> l.matches("(tier|compliance|catalogue|ruleDirectory) .*")).toList();
    }
}
