package org.crmpolicy.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.rules.catalogue.EnforcedRule;
import org.crmpolicy.rules.catalogue.RuleCatalogue;

/**
 * A tiny host that uses only the shipped, precompiled rules: classifies a key customer, evaluates its obligations,
 * lists the rule catalogue, then asks for a rule directory. Run by {@link PrecompiledOnlyHostTest} in a separate JVM
 * whose class path lacks the DRL compiler toolchain; prints one line per result (no personal data).
 */
public final class PrecompiledOnlyHost {

    private PrecompiledOnlyHost() {
    }

    public static void main(String[] args) throws Exception {
        CrmPolicy policy = CrmPolicy.standard();
        Customer customer = ContactFixtures.key("H-1");

        TierDecision decision = policy.classify(customer, Fixtures.AS_OF);
        System.out.println("tier " + decision.tier() + " " + decision.ruleIds());

        ComplianceReport report = policy.compliance(List.of(customer),
                List.of(ContactFixtures.phone("H-1", ContactRole.BU_HEAD, "2025-11-18T10:00")), Fixtures.AS_OF);
        System.out.println("compliance " + report.statuses().size() + " statuses, findings "
                + report.findings().stream().map(f -> f.ruleId().value()).distinct().sorted().toList());

        RuleCatalogue catalogue = policy.catalogue();
        List<EnforcedRule> rules = catalogue.rules();
        System.out.println("catalogue " + rules.size() + " rules, first " + rules.get(0).file() + ":"
                + rules.get(0).line() + " " + rules.get(0).name() + ", last " + rules.get(rules.size() - 1).file()
                + ":" + rules.get(rules.size() - 1).line());

        Path directory = Files.createTempDirectory("host-rules");
        try {
            CrmPolicy.builder().ruleDirectory(directory).build();
            System.out.println("ruleDirectory accepted");
        } catch (IllegalStateException e) {
            System.out.println("ruleDirectory refused: " + e.getMessage().replace(directory.toString(), "<dir>"));
        } finally {
            Files.delete(directory);
        }
    }
}
