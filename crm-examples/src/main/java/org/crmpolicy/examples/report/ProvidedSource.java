package org.crmpolicy.examples.report;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crmpolicy.examples.erp.ErpDataException;

/** Base of the sections whose rows come from a {@link RowProvider} an area supplies; absent without one. */
abstract class ProvidedSource<T> implements ComplianceSource {

    private final RowProvider<T> provider;

    ProvidedSource(RowProvider<T> provider) {
        this.provider = provider;
    }

    /** True when a provider is wired in; the section is then always shown, with "none" when it has no rows. */
    public boolean isWired() {
        return provider != null;
    }

    @Override
    public final Optional<ReportSection> section(ReportContext context) {
        if (provider == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(render(context, provider.rows(context)));
        } catch (SQLException e) {
            throw new ErpDataException("load the rows of report section '" + id() + "'", e);
        }
    }

    abstract ReportSection render(ReportContext context, List<T> rows);
}
