package org.crmpolicy.examples.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditApproval;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerBuilder;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.JointDevelopment;
import org.crmpolicy.customer.ProspectSignal;
import org.crmpolicy.customer.ValueAssessment;

/**
 * A deterministic synthetic customer portfolio: the same seed and size give the same customers, in the same order,
 * on every machine. Customers are produced one at a time (a stream), so a portfolio of any size never sits in
 * memory. The mix is realistic for the policy: a few strategic partners, a fifth key customers, most general, a
 * tenth prospects, with some data gaps (no account manager, failing credit, stale or missing assessment) that the
 * rules should find.
 */
public final class SamplePortfolio {

    public static final long DEFAULT_SEED = 20251124L;
    private static final String[] PROVINCES = {"四川", "北京", "上海", "广东", "陕西", "辽宁", "湖北", "江苏", "贵州", "天津"};
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    private static final CustomerCategory[] KEY_KINDS = {
        CustomerCategory.MILITARY_UNIT, CustomerCategory.AVIATION_OEM, CustomerCategory.AVIATION_REPAIR_PLANT,
        CustomerCategory.MILITARY_COMMISSION_UNIT, CustomerCategory.LARGE_STATE_OWNED_ENTERPRISE,
        CustomerCategory.LISTED_COMPANY, CustomerCategory.RESEARCH_INSTITUTE, CustomerCategory.SUBSTANTIVE_BUSINESS_UNIT};

    private final long seed;
    private final int size;
    private final LocalDate asOfDay;

    private SamplePortfolio(long seed, int size, LocalDate asOfDay) {
        if (size < 0) {
            throw new IllegalArgumentException("portfolio size must be >= 0, got " + size);
        }
        this.seed = seed;
        this.size = size;
        this.asOfDay = asOfDay;
    }

    /**
     * @param seed    the random seed; the same seed gives the same portfolio
     * @param size    number of customers
     * @param asOfDay the day the portfolio is evaluated on; no generated date lies after it
     */
    public static SamplePortfolio of(long seed, int size, LocalDate asOfDay) {
        return new SamplePortfolio(seed, size, asOfDay);
    }

    public int size() {
        return size;
    }

    /** The customers, generated lazily in ID order. */
    public Stream<Customer> customers() {
        Iterator<Customer> it = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Customer next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return customer(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, size, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public List<Customer> toList() {
        List<Customer> all = new ArrayList<>(size);
        customers().forEach(all::add);
        return all;
    }

    /** Customer number {@code index}; independent of the others, so generation can be split or resumed. */
    public Customer customer(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        CustomerId id = CustomerId.of(String.format("C%07d", index + 1));
        LocalDate since = asOfDay.minusDays(30 + r.nextInt(3650));
        CustomerBuilder b = Customer.builder(id, "样本客户" + (index + 1) + "有限公司")
                .province(PROVINCES[r.nextInt(PROVINCES.length)])
                .since(since);
        int kind = r.nextInt(1000);
        if (kind < 100) {
            prospect(b, r);
        } else if (kind < 130) {
            strategic(b, r, since);
        } else if (kind < 330) {
            key(b, r, since);
        } else {
            general(b, r, since);
        }
        dataQuality(b, r, since, kind >= 100);
        b.contactPerson(person(r, index));
        return b.build();
    }

    /** True for the categories the sample uses for key customers (T3). */
    static boolean isKeyCategory(CustomerCategory category) {
        for (CustomerCategory k : KEY_KINDS) {
            if (k == category) {
                return true;
            }
        }
        return false;
    }

    private void prospect(CustomerBuilder b, SplittableRandom r) {
        b.contractStatus(ContractStatus.NONE)
                .prospectSignal(ProspectSignal.values()[r.nextInt(ProspectSignal.values().length)])
                .categories(r.nextBoolean() ? CustomerCategory.SMALL_PRIVATE_COMPANY : KEY_KINDS[r.nextInt(KEY_KINDS.length)]);
    }

    private void strategic(CustomerBuilder b, SplittableRandom r, LocalDate since) {
        b.contractStatus(ContractStatus.ACTIVE)
                .categories(KEY_KINDS[r.nextInt(KEY_KINDS.length)])
                .annualVolume(amount(r, 500_000, 20_000_000))
                .jointDevelopment(new JointDevelopment("联合研制项目 JD-" + r.nextInt(10_000), since.plusDays(r.nextInt(30))));
    }

    private void key(CustomerBuilder b, SplittableRandom r, LocalDate since) {
        CustomerCategory first = KEY_KINDS[r.nextInt(KEY_KINDS.length)];
        b.contractStatus(r.nextInt(10) == 0 ? ContractStatus.LAPSED : ContractStatus.ACTIVE)
                .annualVolume(amount(r, 20_000, 5_000_000));
        if (r.nextInt(5) == 0) {
            b.categories(first, KEY_KINDS[r.nextInt(KEY_KINDS.length)]);
        } else {
            b.categories(first);
        }
    }

    private void general(CustomerBuilder b, SplittableRandom r, LocalDate since) {
        int shape = r.nextInt(3);
        b.contractStatus(r.nextInt(8) == 0 ? ContractStatus.LAPSED : ContractStatus.ACTIVE)
                .categories(shape == 0 ? CustomerCategory.SMALL_PRIVATE_COMPANY
                        : shape == 1 ? CustomerCategory.INDIVIDUAL_BUSINESS : CustomerCategory.OTHER)
                .annualVolume(shape == 2 && r.nextBoolean() ? amount(r, 100_000, 900_000) : amount(r, 1_000, 99_999));
    }

    private void dataQuality(CustomerBuilder b, SplittableRandom r, LocalDate since, boolean contracted) {
        CreditRating[] ratings = CreditRating.values();
        int rating = r.nextInt(20);
        b.creditRating(rating == 0 ? null : rating < 17 ? ratings[(rating - 1) / 4] : ratings[4 + rating - 17]);
        if (rating >= 17 && r.nextInt(3) == 0) {
            b.creditApproval(new CreditApproval("GM-OFFICE", asOfDay.minusDays(r.nextInt(300)), "长期合作，信用风险可控"));
        }
        if (r.nextInt(12) != 0) {
            b.accountManagerId("AM-" + (1 + r.nextInt(40)));
        }
        if (contracted) {
            b.firstContractDate(since.plusDays(r.nextInt(60)));
            if (r.nextInt(8) != 0) {
                LocalDate on = asOfDay.minusDays(r.nextInt(500));
                b.valueAssessment(new ValueAssessment(1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5),
                        1 + r.nextInt(5), 1 + r.nextInt(5), on.isBefore(since) ? since : on, "SALES_DEPARTMENT"));
            }
        }
    }

    private static ContactPerson person(SplittableRandom r, int index) {
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + (char) ('伟' + r.nextInt(20));
        String phone = "13" + String.format("%09d", r.nextInt(1_000_000_000));
        return new ContactPerson(name, "采购部经理", phone, "buyer" + (index + 1) + "@example.cn",
                LocalDate.of(1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }

    private static BigDecimal amount(SplittableRandom r, long from, long to) {
        long fen = from * 100 + (long) (r.nextDouble() * (to - from) * 100);
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY);
    }
}
