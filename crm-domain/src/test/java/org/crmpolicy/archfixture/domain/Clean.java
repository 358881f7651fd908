package org.crmpolicy.archfixture.domain;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Good: only the JDK and jakarta.validation (test-only fixture). */
public record Clean(@NotNull List<String> values) {
}
