package org.crmpolicy.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * The property of issue 20 for one call: it returns a result, or throws the library's documented caller-error
 * exception with a message ({@link IllegalArgumentException} and its subtypes such as {@code InvalidFactException},
 * a {@link NullPointerException} with a message, the domain's {@code IllegalComplaintTransitionException} and
 * {@code CalendarDataMissingException}); never a message-less NPE, {@link ClassCastException},
 * {@link ArithmeticException}, {@link DateTimeException}, index error, {@link NumberFormatException}, an
 * {@link Error}, a Drools/KIE/MVEL type or message anywhere in the chain; never longer than the time box. Results
 * and messages are scanned for personal data. Counts every call per entry for the figures in
 * {@code target/reliability-figures.txt}.
 */
public final class Outcome {

    /** Seconds one call may take; a hang fails the property. */
    public static final long TIME_BOX_SECONDS = Long.getLong("crmpolicy.reliability.timebox", 20);

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reliability-timebox");
        t.setDaemon(true);
        return t;
    });
    private static final Map<String, LongAdder[]> FIGURES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Outcome::writeFigures));
    }

    private final Object result;
    private final RuntimeException refusal;

    private Outcome(Object result, RuntimeException refusal) {
        this.result = result;
        this.refusal = refusal;
    }

    public boolean returned() {
        return refusal == null;
    }

    @SuppressWarnings("unchecked")
    public <T> T result() {
        return (T) result;
    }

    public RuntimeException refusal() {
        return refusal;
    }

    /** Runs {@code call} in the time box and checks the property. */
    public static Outcome of(String entry, Callable<?> call) {
        return of(entry, null, call);
    }

    /**
     * {@link #of(String, Callable)} for an entry whose Javadoc documents one more caller error, e.g. the
     * {@link IllegalStateException} of {@code Deadlines.review} for an event that does not fit its deadline.
     */
    public static Outcome of(String entry, Class<? extends RuntimeException> documented, Callable<?> call) {
        LongAdder[] counts = FIGURES.computeIfAbsent(entry, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        counts[0].increment();
        Future<?> future = RUNNER.submit(call);
        Object value;
        try {
            value = future.get(TIME_BOX_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError(entry + ": no answer within " + TIME_BOX_SECONDS + " s (a hang)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(entry + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            PersonalDataGuard.observe(t);
            if (documented == null || !documented.isInstance(t) || problemOf(new IllegalArgumentException(t.getMessage(),
                    t.getCause())) != null) {
                requireCallerError(entry, t);
            }
            counts[1].increment();
            return new Outcome(null, (RuntimeException) t);
        }
        PersonalDataGuard.observe("result of " + entry, String.valueOf(value));
        return new Outcome(value, null);
    }

    /** @throws AssertionError when {@code t} is not a documented caller error */
    public static void requireCallerError(String entry, Throwable t) {
        String problem = problemOf(t);
        if (problem != null) {
            throw new AssertionError(entry + ": " + problem + ": " + t, t);
        }
    }

    static String problemOf(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
            String type = x.getClass().getName();
            if (type.startsWith("org.kie") || type.startsWith("org.drools") || type.startsWith("org.mvel")) {
                return "an engine type leaked (" + type + ")";
            }
            String m = String.valueOf(x.getMessage());
            if (m.contains("org.kie") || m.contains("org.drools") || m.contains("org.mvel") || m.contains("KieSession")) {
                return "an engine message leaked";
            }
        }
        if (t instanceof Error) {
            return "an Error";
        }
        if (t instanceof NumberFormatException || t instanceof DateTimeException) {
            return "a raw JDK exception (" + t.getClass().getSimpleName() + ")";
        }
        boolean documented = t instanceof IllegalArgumentException || t instanceof NullPointerException
                || t.getClass().getName().equals("org.crmpolicy.complaint.IllegalComplaintTransitionException")
                || t.getClass().getName().equals("org.crmpolicy.calendar.CalendarDataMissingException");
        if (!documented) {
            return "not a documented caller error (" + t.getClass().getName() + ")";
        }
        if (t.getMessage() == null || t.getMessage().isBlank()) {
            return "no message";
        }
        if (t.getMessage().length() > 20_000) {
            return "a message of " + t.getMessage().length() + " characters";
        }
        return null;
    }

    /** An id or a name for a report: nulls and long text shortened. */
    static String shown(String s) {
        if (s == null) {
            return "null";
        }
        String escaped = s.codePoints().limit(40).collect(StringBuilder::new, (b, c) -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate((char) c)) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        }, StringBuilder::append).toString();
        return "'" + escaped + (s.length() > 40 ? "...(" + s.length() + " chars)" : "") + "'";
    }

    /** Calls per entry and how many were refused, for docs/reliability.md. */
    public static synchronized void writeFigures() {
        Map<String, String> lines = new TreeMap<>();
        FIGURES.forEach((k, v) -> lines.put(k, v[0].sum() + " calls, " + v[1].sum() + " refused"));
        StringBuilder b = new StringBuilder();
        lines.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        try {
            if (Files.isDirectory(Path.of("target"))) {
                Files.writeString(Path.of("target", "reliability-figures.txt"), b.toString());
            }
        } catch (IOException e) {
            // figures are informative only
        }
    }
}
