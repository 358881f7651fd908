package org.crmpolicy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A business unit is an id and a name, validated; the id identifies it. */
class BusinessUnitTest {

    @ParameterizedTest(name = "id ''{0}'' is refused")
    @ValueSource(strings = {"", " ", " BU-East", "BU-East ", "BU/East",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void anInvalidIdIsRefusedNamingIt(String id) {
        assertThatThrownBy(() -> BusinessUnit.of(id, "华东业务部"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + id + "'");
    }

    @ParameterizedTest(name = "id of {0} characters is accepted")
    @ValueSource(ints = {1, 64})
    void anIdOfOneToSixtyFourCharactersIsAccepted(int length) {
        assertThat(BusinessUnit.of("B".repeat(length), "华东业务部").id()).hasSize(length);
    }

    @Test
    void aBlankOrOverlongNameIsRefusedNamingTheUnit() {
        assertThatThrownBy(() -> BusinessUnit.of("BU-East", " ")).hasMessageContaining("business unit BU-East");
        assertThatThrownBy(() -> BusinessUnit.of("BU-East", "x".repeat(101))).hasMessageContaining("business unit BU-East");
        assertThat(BusinessUnit.of("BU-East", "x".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> BusinessUnit.of(null, "East")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void twoValuesWithTheSameIdAreTheSameUnit() {
        assertThat(BusinessUnit.of("BU-East", "华东业务部")).isEqualTo(BusinessUnit.of("BU-East", "East"))
                .hasSameHashCodeAs(BusinessUnit.of("BU-East", "East"))
                .isNotEqualTo(BusinessUnit.of("BU-West", "华东业务部"));
        assertThat(BusinessUnit.of("BU-East", "华东业务部")).hasToString("BU-East (华东业务部)");
    }

    @Test
    void aCustomerCarriesItsUnitThroughTheBuilderAndItsCopies() {
        BusinessUnit east = BusinessUnit.of("BU-East", "华东业务部");
        Customer c = Customer.builder(CustomerId.of("C-1"), "成都航空部件有限公司").since(LocalDate.of(2020, 3, 1))
                .contractStatus(ContractStatus.ACTIVE).province("四川").businessUnit(east).build();

        assertThat(c.businessUnit()).isEqualTo(east);
        assertThat(c.toBuilder().build().businessUnit()).isEqualTo(east);
        assertThat(c.toBuilder().businessUnit(null).build().businessUnit()).isNull();
        assertThat(c.toString()).contains("businessUnit=BU-East");
    }
}
