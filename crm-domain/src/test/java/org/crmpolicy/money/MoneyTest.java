package org.crmpolicy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void amountsAreEqualByValueWhateverTheirScale() {
        assertThat(Money.cny("4000")).isEqualTo(Money.cny("4000.00"));
        assertThat(Money.cny("4000").toString()).isEqualTo("4000.00 CNY");
    }

    @ParameterizedTest
    @CsvSource({"3999.99, false", "4000.00, true", "4000.01, true"})
    void isAtLeastIsInclusive(String amount, boolean atLeast) {
        assertThat(Money.cny(amount).isAtLeast(new BigDecimal("4000"))).isEqualTo(atLeast);
        assertThat(Money.cny(amount).isAtLeast(Money.cny("4000"))).isEqualTo(atLeast);
    }

    @Test
    void plusAddsExactly() {
        assertThat(Money.cny("3999.99").plus(Money.cny("0.01"))).isEqualTo(Money.cny("4000"));
    }

    @Test
    void zeroIsAnAmountButMinusOneCentIsNot() {
        assertThat(Money.zeroCny().amount()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Money.cny("-0.01")).hasMessage("amount = -0.01 CNY is negative; an amount must be 0 or more");
    }

    @Test
    void badTextUnknownCurrencyAndMixedCurrenciesAreRefused() {
        assertThatThrownBy(() -> Money.cny("4,000")).hasMessage("amount = '4,000' is not a decimal number");
        assertThatThrownBy(() -> Money.of("1", "RMB")).hasMessage("currency = 'RMB' is not an ISO 4217 currency code; crm-policy amounts are in CNY");
        assertThatThrownBy(() -> Money.of("1", "JPY").plus(Money.cny("1")))
                .hasMessage("cannot combine 1 JPY with 1.00 CNY: currencies differ");
        assertThatThrownBy(() -> Money.of("1", "USD").requireCny("price"))
                .hasMessage("price = 1.00 USD: currency USD is not accepted; the policy's amounts are in CNY");
    }

    @Test
    void aNullAmountIsACallerErrorNamingTheParameter() {
        assertThatThrownBy(() -> Money.cny((BigDecimal) null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be null (Money.cny)");
        assertThatThrownBy(() -> Money.cny((String) null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be null (Money.cny)");
        assertThatThrownBy(() -> Money.of(null, "CNY")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be null (Money.of)");
        assertThatThrownBy(() -> Money.of("1", null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must not be null (Money.of)");
        assertThatThrownBy(() -> new Money(null, "CNY")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be null (new Money)");
        assertThatThrownBy(() -> Money.cny("1").plus(null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("other amount must not be null (Money)");
    }

    @Test
    void aContractWithoutAnAmountNamesTheContractAndTheParameter() {
        org.crmpolicy.customer.Customer customer = org.crmpolicy.customer.Customer.builder(
                        org.crmpolicy.customer.CustomerId.of("C-1"), "x").since(java.time.LocalDate.of(2020, 1, 1))
                .contractStatus(org.crmpolicy.customer.ContractStatus.ACTIVE).province("四川").build();

        assertThatThrownBy(() -> org.crmpolicy.approval.ContractSigning.first("HT-1", customer, null,
                java.time.LocalDate.of(2025, 11, 24))).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("contract HT-1 amount must not be null (ContractSigning)");
    }
}
