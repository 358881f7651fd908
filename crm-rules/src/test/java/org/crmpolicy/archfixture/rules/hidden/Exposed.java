package org.crmpolicy.archfixture.rules.hidden;

/** Bad: a public type in a package that is neither API nor internal with this class as a declared entry point. */
public final class Exposed {
}
