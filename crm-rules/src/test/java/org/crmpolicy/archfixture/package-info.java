/**
 * Deliberately bad layouts the architecture rules must refuse ({@code org.crmpolicy.rules.ArchitectureTest} evaluates
 * each rule against these classes and expects its violation). Test-only; nothing here is part of crm-rules.
 */
package org.crmpolicy.archfixture;
