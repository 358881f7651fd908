package org.crmpolicy.rules.catalogue;

import org.crmpolicy.rules.CrmPolicy;

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
        System.out.print(CrmPolicy.standard().catalogue().markdownTable());
    }
}
