package org.crmpolicy.examples.erp;

import javax.sql.DataSource;

/** The ERP integration on embedded H2 2.3, the default database. */
class H2ErpIntegrationTest extends ErpIntegrationContract {

    @Override
    DataSource freshDatabase() {
        return ErpFixtures.freshH2();
    }
}
