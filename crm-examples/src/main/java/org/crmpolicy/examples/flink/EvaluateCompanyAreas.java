package org.crmpolicy.examples.flink;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.crmpolicy.examples.erp.CompanyAreaEvaluation;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.finding.Finding;

/**
 * Judges the company's own areas ({@link ErpAreas#company}, e.g. the periodic reports D11-D16) once per run: {@link
 * PortfolioJob#defineErp} feeds it one element (the run date) at parallelism 1, so exactly one task judges them, on its
 * own read-only connection. Emits their findings as {@link FindingRow}s of {@code runDate} under {@link
 * FindingRow#COMPANY}, as the ERP's job stores them. Policy and areas are built in {@link #open}.
 */
public class EvaluateCompanyAreas extends RichFlatMapFunction<String, FindingRow> {

    private static final long serialVersionUID = 1L;

    private final ErpConnection erp;
    private final PolicySource policy;
    private final ErpAreas areas;
    private final LocalDate runDate;
    private final Instant asOf;
    private transient List<CompanyAreaEvaluation> evaluations;

    public EvaluateCompanyAreas(ErpConnection erp, PolicySource policy, ErpAreas areas, LocalDate runDate,
            Instant asOf) {
        this.erp = Objects.requireNonNull(erp, "erp must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.areas = Objects.requireNonNull(areas, "areas must not be null");
        this.runDate = Objects.requireNonNull(runDate, "runDate must not be null");
        this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
    }

    @Override
    public void open(OpenContext context) {
        evaluations = areas.company(policy.policy());
    }

    /** {@code ignored}: the one element that makes this task judge the company once. */
    @Override
    public void flatMap(String ignored, Collector<FindingRow> out) {
        if (evaluations.isEmpty()) {
            return;
        }
        try (Connection connection = erp.open()) {
            connection.setReadOnly(true);
            for (CompanyAreaEvaluation area : evaluations) {
                for (Finding f : area.evaluate(connection, asOf)) {
                    out.collect(FindingRow.of(runDate, FindingRow.COMPANY, f));
                }
            }
        } catch (SQLException e) {
            throw new ErpDataException("judge the company's own areas for " + runDate, e);
        }
    }
}
