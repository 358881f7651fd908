package org.crmpolicy.rules.lint;

import org.crmpolicy.rules.catalogue.RuleCatalogue;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.engine.RuleSetHolder;

/**
 * Prints the README's rule table for the shipped rule set, markers included, ready to paste between
 * {@value RuleCatalogue#TABLE_START} and {@value RuleCatalogue#TABLE_END}:
 * <pre>
 * ./mvnw -q -pl crm-rules -am compile exec:java@catalogue-table
 * </pre>
 */
public final class CatalogueTable {

    private CatalogueTable() {
    }

    /** Writes the table to standard output; takes no arguments. */
    public static void main(String[] args) {
        System.out.print(RuleCatalogue.of(RuleSetHolder.enforcedRules(RuleBase.load(RuleBase.shippedSources())))
                .markdownTable());
    }
}
