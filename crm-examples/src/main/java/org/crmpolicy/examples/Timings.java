package org.crmpolicy.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock timings of the steps of an example run, printed slowest first. Examples only; the library never times. */
final class Timings {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    <T> T time(String step, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        millis.put(step, (System.nanoTime() - started) / 1_000_000);
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
