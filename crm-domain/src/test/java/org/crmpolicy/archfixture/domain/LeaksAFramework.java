package org.crmpolicy.archfixture.domain;

import org.hibernate.validator.HibernateValidator;

/** Bad: a domain type depending on something other than the JDK and jakarta.validation (test-only fixture). */
public final class LeaksAFramework {

    public Class<?> provider() {
        return HibernateValidator.class;
    }
}
