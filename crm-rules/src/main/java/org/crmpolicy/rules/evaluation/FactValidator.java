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
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.CreditApproval;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.JointDevelopment;
import org.crmpolicy.customer.ValueAssessment;
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
        if (fact instanceof Customer c && isPlainlyValid(c)) {
            return fact;
        }
        return validated(fact, what);
    }

    /** {@link #require} by the validator alone, with no fast path: the reference the fast paths must agree with. */
    static <T> T validated(T fact, String what) {
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
        if (isText(contact.id(), 64) && isText(contact.personId(), 64) && contact.role() != null
                && contact.channel() != null && contact.purpose() != null && contact.at() != null
                && contact.recordedAt() != null) {
            requireSupported(contact);
            return contact;
        }
        require(contact, "contact " + contact.id());
        requireSupported(contact);
        return contact;
    }

    /**
     * True when every constraint declared on {@code Customer} and the records it nests ({@code CustomerId},
     * {@code JointDevelopment}, {@code ValueAssessment} with its {@code Assessor}, {@code CreditApproval},
     * {@code ContactPerson}) plainly holds, checked by hand: the fast path of {@link #require} for customers, as
     * {@link #requireContact} has for contacts. It may answer false for a valid customer (an e-mail address outside
     * the plain ASCII form, a decimal of unusual scale): the validator then decides and names every bad field, so the
     * outcome is the validator's either way. Keep in step with the annotations on those records
     * ({@code FactValidatorCustomerFastPathTest} compares the two).
     */
    static boolean isPlainlyValid(Customer c) {
        if (c.id() == null || !isText(c.name(), 200) || c.categories() == null || c.contractStatus() == null
                || c.prospectSignal() == null || !isText(c.province(), 50) || c.since() == null
                || c.contactPersons() == null || !isPlainAmount(c.annualVolume())) {
            return false;
        }
        for (Object category : c.categories()) {
            if (category == null) {
                return false;
            }
        }
        String manager = c.accountManagerId();
        if (manager != null && (manager.isEmpty() || manager.length() > 64)) {
            return false;
        }
        JointDevelopment jd = c.jointDevelopment();
        if (jd != null && (!isText(jd.evidence(), 500) || jd.since() == null)) {
            return false;
        }
        ValueAssessment va = c.valueAssessment();
        if (va != null && !(isGrade(va.cooperationScale()) && isGrade(va.growthPotential())
                && isGrade(va.industryInfluence()) && isGrade(va.cooperationStability())
                && isGrade(va.strategicSignificance()) && va.assessedOn() != null && va.assessedBy() != null
                && (va.assessedBy().assessorId() == null || va.assessedBy().assessorId().length() <= 100))) {
            return false;
        }
        CreditApproval ca = c.creditApproval();
        if (ca != null && !(isText(ca.approvedBy(), 100) && ca.approvedOn() != null && isText(ca.reason(), 500))) {
            return false;
        }
        for (ContactPerson p : c.contactPersons()) {
            if (p == null || !isText(p.name(), 100) || p.position() != null && p.position().length() > 100
                    || p.phone() != null && !isPlainPhone(p.phone())
                    || p.email() != null && !isPlainEmail(p.email())) {
                return false;
            }
        }
        return true;
    }

    /** {@code @NotBlank @Size(max)}: isBlank is stricter than the validator's trim, so a doubtful text defers to it. */
    private static boolean isText(String s, int max) {
        return s != null && s.length() <= max && !s.isBlank();
    }

    private static boolean isGrade(int value) {
        return value >= 1 && value <= 5;
    }

    /** {@code @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)}, for the usual scales 0 to 2. */
    private static boolean isPlainAmount(java.math.BigDecimal v) {
        return v != null && v.signum() >= 0 && v.scale() >= 0 && v.scale() <= 2 && v.precision() - v.scale() <= 15;
    }

    /** {@code @Pattern(regexp = "[0-9+()\\- ]{3,30}")} without a regular expression. */
    private static boolean isPlainPhone(String s) {
        if (s.length() < 3 || s.length() > 30) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch == '+' || ch == '(' || ch == ')' || ch == '-' || ch == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A subset of what {@code @Email @Size(max = 254)} accepts: {@code local@domain} in ASCII letters and digits, the
     * local part also with {@code . _ -} (no dot first, last or doubled), the domain dot-separated labels of letters,
     * digits and inner hyphens, each at most 63 characters; local part at most 64. Anything else defers to the validator.
     */
    private static boolean isPlainEmail(String s) {
        int at = s.indexOf('@');
        if (s.length() > 254 || at < 1 || at > 64 || at == s.length() - 1 || s.indexOf('@', at + 1) >= 0) {
            return false;
        }
        char previous = '.';
        for (int i = 0; i < at; i++) {
            char ch = s.charAt(i);
            if (ch == '.' ? previous == '.' : !(isAsciiAlnum(ch) || ch == '_' || ch == '-')) {
                return false;
            }
            previous = ch;
        }
        if (previous == '.') {
            return false;
        }
        int labelStart = at + 1;
        for (int i = at + 1; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                int length = i - labelStart;
                if (length < 1 || length > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!(isAsciiAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlnum(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
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
