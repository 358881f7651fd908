package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.ComplaintFixtures.*;

import org.crmpolicy.complaint.ComplaintAssessment;
import org.junit.jupiter.api.Test;

class ComplaintsTest {

    @Test
    void smoke() {
        ComplaintAssessment a = policy().complaints().assess(inHandling(), at(6));
        System.out.println(a);
        assertThat(a).isNotNull();
    }
}
