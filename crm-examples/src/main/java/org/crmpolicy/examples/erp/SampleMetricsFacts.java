package org.crmpolicy.examples.erp;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;

/**
 * The sample ERP's facts for the M1/M2 metrics (V11) for {@link SampleErpData}: survey answers, acquisition costs
 * and each customer's contract-status history. Plausible: about two customers in three answer a survey once or twice
 * over the last 15 months, most of them satisfied (CSAT 4 or 5) and promoters or passives, a few detractors; every
 * customer with a first contract has its acquisition cost; the history is ACTIVE from the first contract, and a
 * LAPSED customer lapsed on a day since then (a few of them in the last 12 months: the churned), while a few ACTIVE
 * customers lapsed once and were won back. The history's status on the run day is the customer record's. Each
 * customer draws from its own seeded random source ({@code metrics/}), so the rest of the sample is unchanged.
 */
final class SampleMetricsFacts {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SampleMetricsFacts() {
    }

    /** Inserts the facts of {@code customers} (already stored) of the sample of {@code seed} run on {@code day}. */
    static void insert(Connection c, Collection<Customer> customers, long seed, LocalDate day) throws SQLException {
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> acquisitions = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Customer customer : customers) {
            String id = customer.id().value();
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + ("metrics/" + id).hashCode());
            LocalDate first = customer.firstContractDate();
            ContractStatus status = customer.contractStatus();
            LocalDate activeFrom = first == null || first.isAfter(day) ? customer.since() : first;
            if (first != null) {
                acquisitions.add(new Object[] {id, BigDecimal.valueOf(200_000 + r.nextInt(7_800_000), 2)});
            }
            if (status.hasDoneBusiness() && activeFrom.isBefore(day)) {
                history.add(new Object[] {id, activeFrom, ContractStatus.ACTIVE.name()});
                long span = day.toEpochDay() - activeFrom.toEpochDay();
                boolean wonBack = status == ContractStatus.ACTIVE && span > 60 && r.nextInt(15) == 0;
                if ((status == ContractStatus.LAPSED || wonBack) && span > 1) {
                    LocalDate lapsed = activeFrom.plusDays(1 + r.nextInt((int) Math.min(span - 1, 3 * 365)));
                    if (wonBack) {
                        lapsed = lapsed.isAfter(day.minusDays(30)) ? day.minusDays(30) : lapsed;
                        history.add(new Object[] {id, lapsed, ContractStatus.LAPSED.name()});
                        history.add(new Object[] {id, lapsed.plusDays(1 + r.nextInt(29)), ContractStatus.ACTIVE.name()});
                    } else {
                        history.add(new Object[] {id, lapsed, ContractStatus.LAPSED.name()});
                    }
                }
            } else if (status.hasDoneBusiness()) {
                history.add(new Object[] {id, day, status.name()});
            }
            int n = status.hasDoneBusiness() ? (r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(2)) : (r.nextInt(15) == 0 ? 1 : 0);
            for (int k = 0; k < n; k++) {
                Instant at = day.minusDays(1 + r.nextInt(455)).atTime(LocalTime.of(9 + r.nextInt(9), 0)).atZone(ZONE).toInstant();
                Integer csat = csat(r);
                Integer nps = nps(r, csat);
                int asked = r.nextInt(20);   // 0-1: CSAT only, 2: NPS only, else both
                answers.add(new Object[] {id + "-SV" + (k + 1), id, at, asked == 2 ? null : csat, asked < 2 ? null : nps});
            }
        }
        SampleRows.insert(c, "INSERT INTO survey_answer (answer_id, customer_id, answered_at, csat, nps)"
                + " VALUES (?, ?, ?, ?, ?)", answers);
        SampleRows.insert(c, "INSERT INTO customer_acquisition (customer_id, acquisition_cost) VALUES (?, ?)",
                acquisitions);
        SampleRows.insert(c, "INSERT INTO contract_status_history (customer_id, from_day, status)"
                + " VALUES (?, ?, ?)", history);
    }

    /** Mostly satisfied: 5 (35%), 4 (40%), 3 (15%), 2 (7%), 1 (3%). */
    private static int csat(SplittableRandom r) {
        int p = r.nextInt(100);
        return p < 35 ? 5 : p < 75 ? 4 : p < 90 ? 3 : p < 97 ? 2 : 1;
    }

    /** Follows the CSAT: the very satisfied recommend (9-10), the unsatisfied are detractors (0-6). */
    private static int nps(SplittableRandom r, int csat) {
        return switch (csat) {
            case 5 -> 8 + r.nextInt(3);
            case 4 -> 6 + r.nextInt(4);
            case 3 -> 4 + r.nextInt(5);
            default -> r.nextInt(7);
        };
    }
}
