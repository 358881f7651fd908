package org.crmpolicy.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock timings of the steps of an example run: each step printed as it starts and ends, all printed slowest first at the end. Examples only; the library never times. */
final class Timings {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs {@code work}, printing the step when it starts and how long it took when it ends (progress). */
    <T> T time(String step, Supplier<T> work) {
        System.out.printf("  [%d] %s …%n", millis.size() + 1, step);
        System.out.flush();
        long started = System.nanoTime();
        T result = work.get();
        long took = (System.nanoTime() - started) / 1_000_000;
        millis.put(step, took);
        System.out.printf("      done in %d ms%n", took);
        System.out.flush();
        return result;
    }

    void print() {
        System.out.println("Timings (slowest first)");
        millis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-40s %7d ms%n", e.getKey(), e.getValue()));
        System.out.println();
    }
}
