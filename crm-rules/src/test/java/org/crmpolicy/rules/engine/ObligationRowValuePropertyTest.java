package org.crmpolicy.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmpolicy.obligation.PeriodKind;
import org.crmpolicy.rules.engine.DecisionTables.CountValue;

/**
 * The value cell of an obligation row ({@code 2}, {@code 2 per MONTH}): whatever a business user types, it is read as a
 * count and optionally a period, or refused with an {@link IllegalArgumentException} whose message quotes the cell and
 * says what it is not; never another exception.
 */
class ObligationRowValuePropertyTest {

    @Property(seed = "16101")
    void anyCellIsReadOrRefusedWithAMessageQuotingIt(@ForAll("cells") String cell) {
        Throwable t = catchThrowable(() -> {
            CountValue v = CountValue.parse(cell);
            assertThat(v.count()).isBetween(1, 1_000);
        });

        if (t != null) {
            assertThat(t).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(t.getMessage()).startsWith("\"" + cell.strip() + "\" is not a ");
        }
    }

    @Property(seed = "16102")
    void aCountAndAPeriodNameInAnyCaseAreRead(@ForAll @IntRange(min = 1, max = 1_000) int count,
                                              @ForAll PeriodKind period, @ForAll boolean lowerCase) {
        String name = lowerCase ? period.name().toLowerCase(java.util.Locale.ROOT) : period.name();

        assertThat(CountValue.parse(" " + count + "  per " + name + " ")).isEqualTo(new CountValue(count, period));
        assertThat(CountValue.parse(Integer.toString(count))).isEqualTo(new CountValue(count, null));
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> count = Arbitraries.oneOf(Arbitraries.integers().map(Object::toString),
                Arbitraries.strings().numeric().ofMaxLength(12), any);
        Arbitrary<String> period = Arbitraries.oneOf(Arbitraries.of(PeriodKind.class).map(Enum::name),
                Arbitraries.of("FORTNIGHT", "", " ", "iso week", "half-year", "MONTH MONTH"), any);
        return Arbitraries.oneOf(any, count, Combinators.combine(count, Arbitraries.of(" per ", " PER ", " per", "per "),
                period).as((c, p, k) -> c + p + k));
    }
}
