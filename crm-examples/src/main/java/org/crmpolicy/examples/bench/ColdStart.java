package org.crmpolicy.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.crmpolicy.rules.evaluation.EvaluationContext;
import org.crmpolicy.rules.tiers.TierAssignment;
import org.crmpolicy.rules.engine.RuleBase;

/**
 * Cold-start benchmark: how long from a fresh JVM to the first tier decision, with the shipped rules precompiled at
 * build time (executable model) versus compiled from DRL at run time, and how fast each path is once warm.
 *
 * <p>The parent process starts one fresh JVM per measurement, alternating the two paths so machine noise hits both
 * alike, and prints medians and ratios. Scenarios:
 * <ul>
 *   <li>{@code facade-shipped}: {@code CrmPolicy.standard()} then {@code classify}, the whole shipped rule set;</li>
 *   <li>{@code rulebase-shipped}: the same rules at the internal {@code RuleBase} level (no façade, no validation);</li>
 *   <li>{@code rulebase-85syn}: a synthetic 85-rule set (five guarded copies of tiers.drl, benchmark only) at the
 *       {@code RuleBase} level, the size the full policy will reach.</li>
 * </ul>
 *
 * <p>Arguments (optional): {@code [runs per path] [measured warm calls]}; default 5 and 5,000. Run it with
 * {@code ./mvnw -B -q -pl crm-examples -am verify -DskipTests exec:exec@cold-start}.
 */
public final class ColdStart {

    private static final String CHILD = "--child";
    private static final String SYNTHETIC_MODEL = "META-INF/kie/org.crmpolicy/crm-examples/drools-model";
    private static final String SYNTHETIC_DIR = "org/crmpolicy/examples/bench/synthetic/";
    private static final int SYNTHETIC_COPIES = 5;
    private static final LocalDate DAY = LocalDate.of(2025, 11, 24);
    private static final ZoneId ZONE = CrmPolicy.DEFAULT_ZONE;
    private static final Instant AS_OF = DAY.atTime(18, 0).atZone(ZONE).toInstant();
    private static final List<String> SCENARIOS = List.of("facade-shipped", "rulebase-shipped", "rulebase-85syn");
    private static final List<String> MODES = List.of("precompiled", "drl");
    private static final List<String> METRICS = List.of("buildMs", "firstCallMs", "buildToFirstMs", "buildToFirstCpuMs",
            "jvmToFirstMs", "jvmToFirstCpuMs", "warmCpuUs", "warmP50Us", "warmP99Us", "batchPerCpuSec", "load");

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            child(args[1], args[2], Integer.parseInt(args[3]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmCalls = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        parent(runs, warmCalls);
    }

    // ------------------------------------------------------------------ parent: fresh JVMs, medians, ratios

    private static void parent(int runs, int warmCalls) throws IOException, InterruptedException {
        Map<String, List<Map<String, Double>>> results = new LinkedHashMap<>();
        System.out.printf("crm-policy cold start: %d fresh JVMs per scenario and path, %d warm calls each, %d cores, "
                + "shipped rule set %s%n", runs, warmCalls, Runtime.getRuntime().availableProcessors(),
                RuleBase.shippedSources().keySet());
        for (int run = 1; run <= runs; run++) {
            for (String scenario : SCENARIOS) {
                for (String mode : MODES) {
                    Map<String, Double> r = runChild(scenario, mode, warmCalls);
                    results.computeIfAbsent(scenario + " " + mode, k -> new ArrayList<>()).add(r);
                    System.out.printf("  run %d %-16s %-12s build %6.0f ms, first call %5.0f ms (main-thread CPU %5.0f "
                            + "ms), JVM start to first decision %6.0f ms, warm %6.1f us CPU/call, load %4.1f%n", run,
                            scenario, mode, r.get("buildMs"), r.get("firstCallMs"), r.get("buildToFirstCpuMs"),
                            r.get("jvmToFirstMs"), r.get("warmCpuUs"), r.get("load"));
                }
            }
        }
        System.out.println();
        System.out.println("Medians of " + runs + " runs; ratio = drl / precompiled from the same run. Cpu = CPU time "
                + "of the main thread (buildToFirst, warm, batch) or of the whole process (jvmToFirst): less "
                + "sensitive than wall time to other load on the machine (load = 1-minute load average).");
        System.out.printf("%-16s %-12s", "scenario", "path");
        METRICS.forEach(m -> System.out.printf(" %17s", m));
        System.out.println();
        for (String scenario : SCENARIOS) {
            Map<String, Double> pre = medians(results.get(scenario + " precompiled"));
            Map<String, Double> drl = medians(results.get(scenario + " drl"));
            printRow(scenario, "precompiled", pre);
            printRow(scenario, "drl", drl);
            System.out.printf("%-16s %-12s", scenario, "ratio");
            METRICS.forEach(m -> System.out.printf(" %16.2fx", drl.get(m) / pre.get(m)));
            System.out.println();
        }
    }

    private static void printRow(String scenario, String mode, Map<String, Double> medians) {
        System.out.printf("%-16s %-12s", scenario, mode);
        METRICS.forEach(m -> System.out.printf(" %17.1f", medians.get(m)));
        System.out.println();
    }

    private static Map<String, Double> medians(List<Map<String, Double>> runs) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String m : METRICS) {
            double[] values = runs.stream().mapToDouble(r -> r.get(m)).sorted().toArray();
            int n = values.length;
            medians.put(m, n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
        }
        return medians;
    }

    private static Map<String, Double> runChild(String scenario, String mode, int warmCalls)
            throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Path errors = Files.createTempFile("cold-start-", ".log");
        List<String> command = List.of(java.toString(), "-Xmx1g", "-Dcrmpolicy.rules.mode=" + mode,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName(), CHILD, scenario, mode, Integer.toString(warmCalls));
        Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring("RESULT ".length());
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException(scenario + " " + mode + " failed with exit code " + exit + ":\n"
                    + Files.readString(errors));
        }
        Files.delete(errors);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : result.split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Double.parseDouble(kv[1]));
        }
        return values;
    }

    // ------------------------------------------------------------------ child: one measurement in a fresh JVM

    private static void child(String scenario, String mode, int warmCalls) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean precompiled = mode.equals("precompiled");
        SamplePortfolio portfolio = SamplePortfolio.of(SamplePortfolio.DEFAULT_SEED, 2_000, DAY);
        Customer first = portfolio.customer(0);
        long started = System.nanoTime();
        long startedCpu = threads.getCurrentThreadCpuTime();
        Function<List<Customer>, Integer> decide;
        switch (scenario) {
            case "facade-shipped" -> {
                CrmPolicy policy = CrmPolicy.standard();
                decide = customers -> customers.size() == 1
                        ? policy.classify(customers.get(0), AS_OF).reasons().size()
                        : policy.tiers().classifyAll(customers, AS_OF).size();
            }
            case "rulebase-shipped" -> decide = evaluator(precompiled ? RuleBase.shipped()
                    : RuleBase.compile(RuleBase.shippedSources()));
            case "rulebase-85syn" -> decide = evaluator(precompiled
                    ? RuleBase.precompiled(SYNTHETIC_MODEL, ColdStart.class.getClassLoader(), syntheticSources())
                    : RuleBase.compile(syntheticSources()));
            default -> throw new IllegalArgumentException("scenario = " + scenario + ": not one of " + SCENARIOS);
        }
        long built = System.nanoTime();
        int sink = decide.apply(List.of(first));
        long firstDone = System.nanoTime();
        long firstDoneCpu = threads.getCurrentThreadCpuTime();
        long jvmToFirst = ManagementFactory.getRuntimeMXBean().getUptime();
        long processCpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);

        // warm: the same number of unmeasured calls first, so the JIT (and Drools' own constraint JIT) has run
        List<Customer> customers = portfolio.toList();
        for (int i = 0; i < warmCalls; i++) {
            sink += decide.apply(List.of(customers.get(i % customers.size())));
        }
        long[] nanos = new long[warmCalls];
        long warmCpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < warmCalls; i++) {
            long t = System.nanoTime();
            sink += decide.apply(List.of(customers.get(i % customers.size())));
            nanos[i] = System.nanoTime() - t;
        }
        warmCpu = threads.getCurrentThreadCpuTime() - warmCpu;
        Arrays.sort(nanos);

        // batch: all 2,000 customers per call (the façade evaluates them in sessions of 1,000)
        sink += decide.apply(customers);
        int batchRounds = 3;
        long batchCpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < batchRounds; i++) {
            sink += decide.apply(customers);
        }
        batchCpu = threads.getCurrentThreadCpuTime() - batchCpu;

        System.out.println(String.format(Locale.ROOT, "RESULT buildMs=%.1f firstCallMs=%.1f buildToFirstMs=%.1f "
                        + "buildToFirstCpuMs=%.1f jvmToFirstMs=%d jvmToFirstCpuMs=%d warmCpuUs=%.1f warmP50Us=%.1f "
                        + "warmP99Us=%.1f batchPerCpuSec=%.0f load=%.1f sink=%d",
                (built - started) / 1e6, (firstDone - built) / 1e6, (firstDone - started) / 1e6,
                (firstDoneCpu - startedCpu) / 1e6, jvmToFirst, processCpu, warmCpu / 1e3 / warmCalls,
                nanos[warmCalls / 2] / 1e3, nanos[(int) (warmCalls * 0.99)] / 1e3,
                batchRounds * customers.size() / (batchCpu / 1e9),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink));
    }

    /** Evaluates customers in one session at the RuleBase level, as the area services do, minus validation. */
    private static Function<List<Customer>, Integer> evaluator(RuleBase ruleBase) {
        PolicyParameters parameters = PolicyParameters.defaults();
        EvaluationContext context = new EvaluationContext(AS_OF, ZONE);
        return customers -> ruleBase.evaluate(insert -> {
            insert.accept(parameters);
            insert.accept(context);
            customers.forEach(insert);
        }).ofType(TierAssignment.class).size();
    }

    static Map<String, String> syntheticSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int k = 1; k <= SYNTHETIC_COPIES; k++) {
            String name = "tiers-copy" + k + ".drl";
            try (InputStream in = ColdStart.class.getClassLoader().getResourceAsStream(SYNTHETIC_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("benchmark rule file missing: " + SYNTHETIC_DIR + name);
                }
                sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
