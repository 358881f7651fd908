package org.crmpolicy.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmpolicy.customer.CustomerId;
import org.junit.jupiter.api.Test;

class StaffDirectoryTest {

    private static final CustomerId CUSTOMER = CustomerId.of("C-001");
    private final StaffDirectory staff = StaffDirectory.load(null);

    @Test
    void aComplaintsFirstContactIsShownByNameWithItsUnitAndStaffNumber() {
        // when: the responsible of a D5 reply, a complaint's first contact (P6): the Actor "staff@unit"
        String shown = staff.personFor("E-CS-01@CUSTOMER_SERVICE", CUSTOMER);

        // then
        assertThat(shown).isEqualTo("郑文静 (customer service E-CS-01)").doesNotContain("@");
        assertThat(staff.personFor("E-CS-01@CUSTOMER_SERVICE", CustomerId.of("C-002"))).isEqualTo(shown);
        assertThat(staff.personFor("E-MK-07@MARKETING_DEPARTMENT", CUSTOMER)).endsWith(" (marketing department E-MK-07)");
    }

    @Test
    void aStaffMemberIsNotNamedLikeAnAccountManagerWithTheSameNumber() {
        // then
        assertThat(StaffDirectory.staffMember("E-CS-01", "CUSTOMER_SERVICE")).doesNotStartWith(
                StaffDirectory.accountManager("AM-1").substring(0, 3));
    }

    @Test
    void rolesAndUnitsKeepTheirNamedHoldersAndAnUnknownCodeIsShownAsItIs() {
        // then
        assertThat(staff.personFor("BU-1", CUSTOMER)).isEqualTo("孙建国 (BU head)");
        assertThat(staff.personFor("SERVICE_DESK", CUSTOMER)).isEqualTo("梁秀英 (service desk lead)");
        assertThat(staff.personFor("LEGAL_DEPARTMENT", CUSTOMER)).isEqualTo("LEGAL_DEPARTMENT");
        assertThat(staff.personFor("@", CUSTOMER)).isEqualTo("@");
        assertThat(staff.personFor(null, CUSTOMER)).isEqualTo(ActionItemsSource.NOT_ASSIGNED);
    }
}
