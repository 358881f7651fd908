package org.crmpolicy.approval;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The window A1 adds contract amounts up in, named by the parameter {@code A1.cumulative-window}.
 */
public enum ContractWindow {
    /** The calendar year of the contract (the catalogue default). */
    CALENDAR_YEAR {
        @Override
        public LocalDate start(LocalDate signedOn) {
            return signedOn.withDayOfYear(1);
        }
    },
    /** The twelve months up to and including the day of the contract. */
    ROLLING_12_MONTHS {
        @Override
        public LocalDate start(LocalDate signedOn) {
            return signedOn.minusMonths(12).plusDays(1);
        }
    },
    /** Every contract the customer ever signed. */
    ALL_TIME {
        @Override
        public LocalDate start(LocalDate signedOn) {
            return LocalDate.MIN;
        }
    };

    /** The first day of the window that ends on {@code signedOn}. */
    public abstract LocalDate start(LocalDate signedOn);

    /** Human words for messages: "calendar year 2025". */
    public String describe(LocalDate signedOn) {
        return switch (this) {
            case CALENDAR_YEAR -> "calendar year " + signedOn.getYear();
            case ROLLING_12_MONTHS -> "12 months from " + start(signedOn);
            case ALL_TIME -> "all years";
        };
    }

    /**
     * @throws IllegalArgumentException naming the parameter and the allowed values
     */
    public static ContractWindow of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("policy parameter 'A1.cumulative-window' is '" + name + "'; expected one of "
                    + Arrays.toString(values()), e);
        }
    }
}
