package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.crmpolicy.examples.erp.ApprovalActsArea;
import org.crmpolicy.examples.erp.ComplaintsArea;
import org.crmpolicy.examples.erp.ContactsArea;
import org.crmpolicy.examples.erp.ContractApprovalsArea;
import org.crmpolicy.examples.erp.ErpFixtures;
import org.crmpolicy.examples.erp.InformationActsArea;
import org.crmpolicy.examples.erp.PeriodicReportsArea;
import org.crmpolicy.examples.erp.PolicyRevisionsArea;
import org.crmpolicy.examples.erp.ResponseDeadlinesArea;
import org.crmpolicy.examples.erp.ServiceRequestsArea;
import org.junit.jupiter.api.Test;

class ErpAreasTest {

    @Test
    void theStandardSetIsTheErpJobsAreasBesidesContactsInItsOrder() {
        assertThat(ErpAreas.standard().perRange(ErpFixtures.policy())).extracting(a -> (Object) a.getClass())
                .containsExactly(ComplaintsArea.class, ContractApprovalsArea.class, ResponseDeadlinesArea.class,
                        InformationActsArea.class, ServiceRequestsArea.class, ApprovalActsArea.class)
                .doesNotContain(ContactsArea.class);
        assertThat(ErpAreas.standard().company(ErpFixtures.policy())).extracting(a -> (Object) a.getClass())
                .containsExactly(PeriodicReportsArea.class, PolicyRevisionsArea.class);
        assertThat(ErpAreas.standard().isEmpty()).isFalse();
    }

    @Test
    void noneHasNoAreaAndSaysSo() {
        assertThat(ErpAreas.none().perRange(ErpFixtures.policy())).isEmpty();
        assertThat(ErpAreas.none().company(ErpFixtures.policy())).isEmpty();
        assertThat(ErpAreas.none().isEmpty()).isTrue();
    }

    @Test
    void theSetTravelsInTheJobGraphAsItsNameAndComesBackTheSame() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ErpAreas.standard());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isSameAs(ErpAreas.standard());
        }
        assertThat(bytes.size()).isLessThan(200);
    }
}
