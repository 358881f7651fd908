package org.crmpolicy.rules.evaluation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.InvalidFactException.Violation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks facts against their Jakarta Validation constraints at the façade boundary, reporting every bad field at
 * once. Personal data never reaches the message (I3). Thread-safe.
 */
public final class FactValidator {

    private static final Set<String> PERSONAL_FIELDS = Set.of("phone", "email", "birthday", "name", "mobile", "address");
    private static final Validator VALIDATOR;
    /**
     * Hibernate Validator announces its version at INFO (HV000001) through JBoss Logging, which falls back to
     * java.util.logging when the host has no JBoss LogManager, Log4j or Logback: that one logger is turned down
     * unless the host configured it, and held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger VERSION_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

    static {
        if (VERSION_LOG.getLevel() == null) {
            VERSION_LOG.setLevel(java.util.logging.Level.WARNING);
        }
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        VALIDATOR = factory.getValidator();
    }

    private FactValidator() {
    }

    /**
     * @param what how to name the fact in the error, e.g. {@code "customer C-001"}
     * @throws InvalidFactException naming every bad field
     * @throws NullPointerException when {@code fact} is null, naming {@code what}
     */
    public static <T> T require(T fact, String what) {
        if (fact == null) {
            throw new NullPointerException(what + " must not be null");
        }
        Set<ConstraintViolation<T>> found = VALIDATOR.validate(fact);
        List<Violation> extreme = extremeScales(fact);
        if (!found.isEmpty() || !extreme.isEmpty()) {
            List<Violation> violations = new ArrayList<>(extreme);
            for (ConstraintViolation<T> v : found) {
                String path = v.getPropertyPath().toString();
                violations.add(new Violation(path, shown(path, v.getInvalidValue()), v.getMessage()));
            }
            violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::problem));
            throw new InvalidFactException(what, violations);
        }
        return fact;
    }

    /**
     * {@link #require} for a {@link Contact}, with the same outcome: the constraints declared on {@code Contact} (ids not
     * blank and at most 64 characters; role, channel, purpose, at and recordedAt not null) are checked by hand first,
     * and the validator runs only when one fails, to name every bad field. A portfolio of millions of contacts pays
     * for reflection-based validation only on bad records. Keep in step with the annotations on {@code Contact}.
     *
     * @param what how to name the contact in the error when it is null; otherwise "contact " + its id is used
     */
    public static Contact requireContact(Contact contact, String what) {
        if (contact == null) {
            throw new NullPointerException(what + " must not be null");
        }
        if (isShortText(contact.id()) && isShortText(contact.personId()) && contact.role() != null
                && contact.channel() != null && contact.purpose() != null && contact.at() != null
                && contact.recordedAt() != null) {
            requireSupported(contact);
            return contact;
        }
        require(contact, "contact " + contact.id());
        requireSupported(contact);
        return contact;
    }

    /** A contact dated outside the supported range (calendar arithmetic would overflow) is refused naming the field. */
    private static void requireSupported(Contact contact) {
        List<Violation> out = new ArrayList<>();
        for (String field : List.of("at", "recordedAt")) {
            Instant value = field.equals("at") ? contact.at() : contact.recordedAt();
            if (value.isBefore(SupportedRange.FROM) || !value.isBefore(SupportedRange.UNTIL)) {
                out.add(new Violation(field, value.toString(), "is outside the supported range "
                        + SupportedRange.FIRST_DAY + " to " + SupportedRange.LAST_DAY));
            }
        }
        if (!out.isEmpty()) {
            throw new InvalidFactException("contact " + contact.id(), out);
        }
    }

    /**
     * The decimal components of a record fact whose scale is so far from zero that {@code @Digits} overflows
     * (precision - scale past {@code int}) and lets them through: refused here, the value shown in scientific form.
     */
    private static List<Violation> extremeScales(Object fact) {
        if (!fact.getClass().isRecord()) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        for (java.lang.reflect.RecordComponent rc : fact.getClass().getRecordComponents()) {
            if (rc.getType() != java.math.BigDecimal.class) {
                continue;
            }
            try {
                java.math.BigDecimal value = (java.math.BigDecimal) rc.getAccessor().invoke(fact);
                if (value != null && Math.abs((long) value.scale()) > MAX_SCALE) {
                    found.add(new Violation(rc.getName(), shown(rc.getName(), value), "scale " + value.scale()
                            + " is out of range; at most " + MAX_SCALE + " digits either side of the decimal point"));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + rc.getName() + " of " + fact.getClass().getName(), e);
            }
        }
        return found;
    }

    private static final int MAX_SCALE = 1_000;

    private static boolean isShortText(String s) {
        return s != null && s.length() <= 64 && !s.isBlank(); // isBlank, as @NotBlank: U+3000 is blank too
    }

    /** Personal fields, and anything inside a contact person, are masked; everything else is shown. */
    static String shown(String path, Object value) {
        if (value == null) {
            return "null";
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*]", "");
        if (PERSONAL_FIELDS.contains(leaf) && path.contains(".") || path.startsWith("contactPersons")
                && !path.equals("contactPersons")) {
            return "***";
        }
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
