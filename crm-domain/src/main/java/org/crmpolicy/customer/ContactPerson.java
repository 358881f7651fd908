package org.crmpolicy.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A person at the customer the company talks to (I2: contacts with phone, person, email). Holds personal data:
 * {@link #toString()} masks it, and no library message ever prints it (I3). The birthday drives the C7 care
 * obligation.
 *
 * @param name     the person's name
 * @param position their position at the customer (e.g. 采购部经理); not personal data
 * @param phone    optional; digits, spaces, +, - and parentheses
 * @param email    optional
 * @param birthday optional
 */
public record ContactPerson(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String position,
        @Pattern(regexp = "[0-9+()\\- ]{3,30}") String phone,
        @Email @Size(max = 254) String email,
        LocalDate birthday) {

    /** The birthday without the year, for yearly care reminders; {@code null} when unknown. */
    public MonthDay birthdayInYear() {
        return birthday == null ? null : MonthDay.from(birthday);
    }

    /** Masks every personal field (I3): {@code ContactPerson[name=王*, position=采购部经理, phone=***, email=***, birthday=***]}. */
    @Override
    public String toString() {
        return "ContactPerson[name=" + Masking.name(name) + ", position=" + position
                + ", phone=" + Masking.hidden(phone) + ", email=" + Masking.hidden(email)
                + ", birthday=" + Masking.hidden(birthday) + "]";
    }
}
