package org.crmpolicy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

    private static final ContactPerson ZHANG =
            new ContactPerson("张伟", "采购部经理", "13812345678", "zhang.wei@example.cn", LocalDate.of(1980, 6, 15));

    private static CustomerBuilder aCustomer(String name) {
        return Customer.builder(CustomerId.of("C-1"), name)
                .since(LocalDate.of(2020, 3, 1)).contractStatus(ContractStatus.ACTIVE).province("四川");
    }

    @Test
    void theBuilderRefusesACustomerWithoutTheFieldsThatHaveNoHarmlessDefault() {
        assertThatThrownBy(() -> Customer.builder(CustomerId.of("C-1"), "x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("customer C-1: since, contractStatus, province are required and not set");
        assertThat(aCustomer("x").build().toBuilder().build().province()).isEqualTo("四川");
    }

    @ParameterizedTest
    @ValueSource(strings = {"since", "contractStatus", "province"})
    void theBuilderNamesTheOneRequiredFieldLeftOut(String leftOut) {
        CustomerBuilder b = Customer.builder(CustomerId.of("C-2"), "x");
        if (!leftOut.equals("since")) {
            b.since(LocalDate.of(2020, 3, 1));
        }
        if (!leftOut.equals("contractStatus")) {
            b.contractStatus(ContractStatus.NONE);
        }
        if (!leftOut.equals("province")) {
            b.province("四川");
        }

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("customer C-2: " + leftOut + " is required and not set");
    }

    @Test
    void aRequiredFieldSetToNullIsLeftToValidationNotToTheBuilder() {
        Customer c = Customer.builder(CustomerId.of("C-3"), "x").since(null).contractStatus(null).province(null).build();

        assertThat(c.since()).isNull();
        assertThat(c.contractStatus()).isNull();
    }

    @Test
    void toStringNeverShowsPersonalData() {
        Customer c = aCustomer("成都航空部件有限公司").contactPerson(ZHANG).build();

        assertThat(c.toString()).contains("C-1", "成都航空部件有限公司", "contactPersons=1 (masked)")
                .doesNotContain("张伟", "13812345678", "zhang.wei", "1980");
        assertThat(ZHANG.toString()).isEqualTo(
                "ContactPerson[name=张*, position=采购部经理, phone=***, email=***, birthday=***]");
    }

    @Test
    void theBirthdayIsKeptForYearlyCareWithoutTheYear() {
        assertThat(ZHANG.birthdayInYear()).isEqualTo(java.time.MonthDay.of(6, 15));
    }

    @Test
    void collectionsAreCopiedSoTheHostCannotChangeAFactAfterwards() {
        Customer c = aCustomer("x")
                .categories(CustomerCategory.LISTED_COMPANY, CustomerCategory.AVIATION_OEM).build();

        assertThatThrownBy(() -> c.categories().add(CustomerCategory.OTHER))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.isOf(CustomerCategory.LISTED_COMPANY)).isTrue();
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void aCustomerIdIsTrimmedTextOfAtMost64Characters() {
        assertThat(CustomerId.of("C-0001").value()).isEqualTo("C-0001");
        assertThatThrownBy(() -> CustomerId.of(" C-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer id ' C-1' is invalid: expected 1 to 64 characters without surrounding whitespace");
        assertThatThrownBy(() -> CustomerId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerId.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void creditRatingsCompareBestFirst() {
        assertThat(CreditRating.AAA.isAtLeast(CreditRating.BBB)).isTrue();
        assertThat(CreditRating.BBB.isAtLeast(CreditRating.BBB)).isTrue();
        assertThat(CreditRating.BB.isAtLeast(CreditRating.BBB)).isFalse();
    }

    @Test
    void theValueAssessmentTotalsItsFiveFactors() {
        ValueAssessment a = new ValueAssessment(5, 4, 3, 2, 1, LocalDate.of(2025, 1, 1), "SALES_DEPARTMENT");

        assertThat(a.total()).isEqualTo(15);
        assertThat(a.summary()).isEqualTo("scale 5, growth 4, influence 3, stability 2, strategic 1 = 15/25");
    }
}
