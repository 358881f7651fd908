package org.crmpolicy.examples.flink;

import java.io.Serializable;
import java.util.List;
import org.crmpolicy.examples.erp.AreaEvaluation;
import org.crmpolicy.examples.erp.ApprovalActsArea;
import org.crmpolicy.examples.erp.CompanyAreaEvaluation;
import org.crmpolicy.examples.erp.ComplaintsArea;
import org.crmpolicy.examples.erp.ContractApprovalsArea;
import org.crmpolicy.examples.erp.InformationActsArea;
import org.crmpolicy.examples.erp.PeriodicReportsArea;
import org.crmpolicy.examples.erp.PolicyRevisionsArea;
import org.crmpolicy.examples.erp.ResponseDeadlinesArea;
import org.crmpolicy.examples.erp.ServiceRequestsArea;
import org.crmpolicy.rules.CrmPolicy;

/**
 * Which of the ERP's policy areas beyond tiering and contacts the job over the ERP ({@link PortfolioJob#defineErp})
 * judges: what travels in the job graph instead of the areas themselves (they hold the policy, which is built on the
 * task). Each task builds them in {@code open(OpenContext)} from the policy of its {@link PolicySource}. The contact
 * obligations are not among them: the job judges those customer by customer and company-wide itself.
 */
public interface ErpAreas extends Serializable {

    /** The areas judged per range of customers, after tiering, in this order ({@link AreaEvaluation}). */
    List<AreaEvaluation> perRange(CrmPolicy policy);

    /** The company's own areas, judged once per run ({@link CompanyAreaEvaluation}). */
    List<CompanyAreaEvaluation> company(CrmPolicy policy);

    /** True when there are no areas at all: the job adds no step for them. */
    default boolean isEmpty() {
        return false;
    }

    /**
     * The areas the ERP's own job judges ({@code org.crmpolicy.examples.PortfolioRun#job}) apart from contacts:
     * complaints, contract approvals, response deadlines, customer information, service requests, approval acts
     * (receptions, events, plans) per range; the periodic reports (D11-D16) and the policy revisions (A8) once.
     */
    static ErpAreas standard() {
        return Standard.ALL;
    }

    /** Tiering and the contact obligations only. */
    static ErpAreas none() {
        return Standard.NONE;
    }

    /** The two sets the library knows; an enum, so the job graph carries its name only. */
    enum Standard implements ErpAreas {
        ALL {
            @Override
            public List<AreaEvaluation> perRange(CrmPolicy policy) {
                return List.of(new ComplaintsArea(policy), new ContractApprovalsArea(policy),
                        new ResponseDeadlinesArea(policy), new InformationActsArea(policy),
                        new ServiceRequestsArea(policy), new ApprovalActsArea(policy));
            }

            @Override
            public List<CompanyAreaEvaluation> company(CrmPolicy policy) {
                return List.of(new PeriodicReportsArea(policy), new PolicyRevisionsArea(policy));
            }
        },
        NONE {
            @Override
            public List<AreaEvaluation> perRange(CrmPolicy policy) {
                return List.of();
            }

            @Override
            public List<CompanyAreaEvaluation> company(CrmPolicy policy) {
                return List.of();
            }

            @Override
            public boolean isEmpty() {
                return true;
            }
        }
    }
}
