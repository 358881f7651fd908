package org.crmpolicy.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.markerRule;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crmpolicy.rules.catalogue.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot reload is off unless a host starts it; when on, a saved DRL file is reloaded or refused. */
class RuleDirectoryWatchTest {

    @TempDir
    Path hostRules;

    private static boolean aWatchThreadRuns() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("crm-policy-rule-watch"));
    }

    @Test
    void nothingWatchesUnlessTheHostStartsIt() {
        // given
        write(hostRules, "marker.drl", markerRule("A"));

        // when
        CrmPolicy.builder().ruleDirectory(hostRules).build();

        // then
        assertThat(aWatchThreadRuns()).isFalse();
    }

    @Test
    void aSavedFileIsReloadedAndABrokenOneIsRefusedWhileTheOldRuleSetServes() throws Exception {
        // given
        write(hostRules, "marker.drl", markerRule("A"));
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(hostRules).build();
        LinkedBlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        RuleDirectoryWatch watch = policy.watchRuleDirectory(new RuleDirectoryWatch.Listener() {
            @Override
            public void reloaded(RuleCatalogue catalogue) {
                outcomes.add(catalogue);
            }

            @Override
            public void rejected(RuleSetRejectedException problems) {
                outcomes.add(problems);
            }
        });
        try {
            assertThat(watch.isWatching()).isTrue();

            // when: a good change
            write(hostRules, "marker.drl", markerRule("B"));

            // then
            assertThat(outcomes.poll(60, TimeUnit.SECONDS)).isInstanceOf(RuleCatalogue.class);
            assertThat(marker(policy)).isEqualTo("rule set B");

            // when: a broken change
            write(hostRules, "marker.drl", markerRule("C").replace("T1 Every", "Every"));

            // then
            assertThat(outcomes.poll(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(RuleSetRejectedException.class,
                    e -> assertThat(e.problems()).singleElement().asString().startsWith("marker.drl:6:1: rule \"Every"));
            assertThat(marker(policy)).isEqualTo("rule set B");
        } finally {
            watch.close();
        }
        assertThat(watch.isWatching()).isFalse();
    }

    @Test
    void watchingNeedsARuleDirectory() {
        assertThatThrownBy(() -> Fixtures.policy().watchRuleDirectory(new RuleDirectoryWatch.Listener() { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no rule directory to watch: build the policy with CrmPolicy.builder().ruleDirectory(path)");
    }

    private static String marker(CrmPolicy policy) {
        return policy.classify(Fixtures.aKeyCustomer("C-1").build(), Fixtures.AS_OF).findings("T1").get(0).message();
    }
}
