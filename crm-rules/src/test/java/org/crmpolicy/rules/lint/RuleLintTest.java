package org.crmpolicy.rules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.drl;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint a host's CI runs over its rule directory. */
class RuleLintTest {

    @TempDir
    Path hostRules;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int lint(String... args) {
        return RuleLint.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private List<String> output() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aCleanDirectoryPassesWithASummary() {
        // given
        write(hostRules, "company.drl", drl("""
                rule "T9 A key customer in Tibet also has a deputy account manager"
                when
                    $c : Customer( province == "西藏" )
                then
                end
                """));

        // when
        int exit = lint(hostRules.toString());

        // then
        assertThat(exit).isEqualTo(RuleLint.OK);
        assertThat(output()).singleElement().asString()
                .startsWith(hostRules + ": ")
                .contains(" files (1 from the directory: company.drl), 0 error(s), 0 warning(s)");
    }

    @Test
    void errorsArePrintedAsFileLineColumnAndFailTheLint() {
        // given
        write(hostRules, "company.drl", drl("""
                rule "Key customers in Tibet need a deputy"
                when
                    $c : Customer( provinz == "西藏" )
                then
                end
                """));

        // when
        int exit = lint(hostRules.toString());

        // then
        assertThat(exit).isEqualTo(RuleLint.PROBLEMS);
        assertThat(output()).startsWith(
                "company.drl:6:1: rule \"Key customers in Tibet need a deputy\" does not begin with a catalogue ID: a rule "
                        + "name starts with the POLICY.md ID it enforces, then a business sentence, e.g. \"T9 A key "
                        + "customer has a dedicated account manager\"",
                "company.drl:8:5: unknown field 'provinz' on Customer in 'provinz == \"西藏\"'");
        assertThat(output().get(output().size() - 1)).endsWith("2 error(s), 0 warning(s): the policy would refuse this rule set");
    }

    @Test
    void warningsArePrintedButOnlyFailUnderStrict() {
        // given: an ID the policy catalogue does not have
        write(hostRules, "company.drl", drl("""
                rule "T99 Customers in Tibet have a deputy account manager"
                when
                    $c : Customer( province == "西藏" )
                then
                end
                """));

        // when / then
        assertThat(lint(hostRules.toString())).isEqualTo(RuleLint.OK);
        assertThat(output()).first().isEqualTo("company.drl:6:1: warning: rule \"T99 Customers in Tibet have a deputy "
                + "account manager\": T99 is not an ID of the policy catalogue; use the ID of the clause the rule enforces");
        assertThat(lint("--strict", hostRules.toString())).isEqualTo(RuleLint.PROBLEMS);
    }

    @Test
    void aMissingDirectoryOrArgumentIsReported() {
        assertThat(lint(hostRules.resolve("missing").toString())).isEqualTo(RuleLint.USAGE);
        assertThat(output()).first().isEqualTo("rule lint: rule directory " + hostRules.resolve("missing")
                + " does not exist or is not a directory");
        printed.reset();
        assertThat(lint()).isEqualTo(RuleLint.USAGE);
        assertThat(output()).first().isEqualTo("rule lint: no rule directory given");
    }

    @Test
    void anUnknownFieldIsReportedAtTheLineOfItsConstraint() {
        // given: the bad field on the second line of a pattern that starts on line 9
        write(hostRules, "company.drl", drl("""
                rule "T9 A key customer in Tibet has a deputy account manager"
                when
                    $c : Customer( province == "西藏" )
                    $d : Customer( id == $c.id,
                                   provinz == "西藏" )
                then
                end
                """));

        // when
        int exit = lint(hostRules.toString());

        // then
        assertThat(exit).isEqualTo(RuleLint.PROBLEMS);
        assertThat(output()).first().isEqualTo("company.drl:10:20: unknown field 'provinz' on Customer in 'provinz == \"西藏\"'");
    }

    @Test
    void aRuleWithoutEndIsReportedAtThatRule() {
        // given: the first rule (line 6) lacks its end; the parser stumbles on the second rule's end (line 15)
        write(hostRules, "company.drl", drl("""
                rule "T9 A key customer in Tibet has a deputy account manager"
                when
                    $c : Customer( province == "西藏" )
                then

                rule "T9 A key customer in Qinghai has a deputy account manager"
                when
                    $c : Customer( province == "青海" )
                then
                end
                """));

        // when
        int exit = lint(hostRules.toString());

        // then
        assertThat(exit).isEqualTo(RuleLint.PROBLEMS);
        assertThat(output()).first().isEqualTo("company.drl:6:1: rule \"T9 A key customer in Tibet has a deputy account "
                + "manager\" has no 'end': the next rule begins before it ends");
    }

    @Test
    void aRuleCutOffByTheEndOfTheFileIsReportedAtThatRule() {
        // given
        write(hostRules, "company.drl", drl("""
                rule "T9 A key customer in Tibet has a deputy account manager"
                when
                    $c : Customer( province == "西藏" )
                then
                """));

        // when / then
        assertThat(lint(hostRules.toString())).isEqualTo(RuleLint.PROBLEMS);
        assertThat(output()).first().isEqualTo("company.drl:6:1: rule \"T9 A key customer in Tibet has a deputy account "
                + "manager\" has no 'end': the file ends before it does");
    }
}
