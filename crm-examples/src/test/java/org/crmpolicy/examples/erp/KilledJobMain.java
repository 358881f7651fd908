package org.crmpolicy.examples.erp;

import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The ERP compliance job in a JVM of its own, for {@link ErpJobKilledMidRunTest}: loads the sample portfolio into the
 * H2 file database named by the first argument (once), then runs the day's job, printing {@code chunk N} as each chunk
 * is about to commit so that the test knows when to kill it. A third argument {@code company-contacts} wires the
 * contacts area and the company contact duties area in ({@link CompanyContactDutiesAreaTest}); {@code information}
 * the customer-information area and the policy revisions area ({@link InformationActsAreaTest}).
 */
final class KilledJobMain {

    private KilledJobMain() {
    }

    public static void main(String[] args) {
        DataSource ds = ErpJobKilledMidRunTest.durable(Path.of(args[0]));
        ErpSchema.migrate(ds);
        ErpFixtures.load(ds, Integer.parseInt(args[1]));
        ChunkListener progress = (chunk, customers, last) -> {
            System.out.println("chunk " + chunk);
            System.out.flush();
        };
        ComplianceJob.Builder job = ComplianceJob.builder(ds, ErpFixtures.policy())
                .chunkSize(ErpJobKilledMidRunTest.CHUNK).listener(progress);
        if (args.length > 2 && args[2].equals("company-contacts")) {
            job.area(new ContactsArea(ErpFixtures.policy()))
                    .companyArea(new CompanyContactDutiesArea(ErpFixtures.policy()));
        }
        if (args.length > 2 && args[2].equals("information")) {
            job.area(new InformationActsArea(ErpFixtures.policy()))
                    .companyArea(new PolicyRevisionsArea(ErpFixtures.policy()));
        }
        RunSummary summary = job.build().run(ErpFixtures.DAY, ErpFixtures.AS_OF);
        System.out.println("done " + summary.customersRead());
    }
}
