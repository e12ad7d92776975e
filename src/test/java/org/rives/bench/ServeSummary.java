package org.rives.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last step of {@code bench/serve.sh}: reads the runs' figures on standard input (the JDBC line of
 * {@link ServePrep}, then one line per server run, from wrk or {@link HttpDriver}, and a {@code cpu NAME MS}
 * line for each: CPU milliseconds per request) and prints them side by side, each run's rate as a multiple of
 * JDBC's, then its CPU per request and JDBC's CPU per query over it: the rate ratio the CPU time allows, which
 * moves less than the rates when other work shares the machine.
 */
public final class ServeSummary {

    /** A run's figures: requests per second, median and 99th percentile latency in milliseconds. */
    record Figures(double perSecond, double p50, double p99) {
    }

    private static final Pattern DRIVER = Pattern.compile("([\\d,.]+) req/s, p50 ([\\d.]+) ms, p99 ([\\d.]+) ms");
    private static final Pattern CPU = Pattern.compile("^cpu (\\w+) ([\\d.]+)$");
    private static final Pattern WRK = Pattern.compile("^(\\w+) ([\\d.]+) ([\\d.]+)(us|ms|s) ([\\d.]+)(us|ms|s)$");

    private ServeSummary() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Figures> runs = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Matcher wrk = WRK.matcher(line.strip());
            Matcher driver = DRIVER.matcher(line);
            Matcher cpuLine = CPU.matcher(line.strip());
            if (cpuLine.matches()) {
                cpu.put(cpuLine.group(1), Double.parseDouble(cpuLine.group(2)));
            } else if (wrk.matches()) {
                runs.put(wrk.group(1), new Figures(Double.parseDouble(wrk.group(2)),
                        millis(wrk.group(3), wrk.group(4)), millis(wrk.group(5), wrk.group(6))));
            } else if (driver.find()) {
                String name = line.startsWith("jdbc") ? "jdbc" : line.substring(0, line.indexOf(' '));
                runs.put(name, new Figures(Double.parseDouble(driver.group(1).replace(",", "")),
                        Double.parseDouble(driver.group(2)), Double.parseDouble(driver.group(3))));
            }
        }
        print(runs, cpu);
    }

    private static void print(Map<String, Figures> runs, Map<String, Double> cpu) {
        Figures jdbc = runs.get("jdbc");
        Double jdbcCpu = cpu.get("jdbc");
        System.out.printf("%-8s %12s %10s %10s %12s %12s %12s%n", "", "requests/s", "p50 ms", "p99 ms", "x JDBC rate",
                "CPU ms/req", "x JDBC CPU");
        runs.forEach((name, f) -> System.out.printf("%-8s %,12.0f %10.2f %10.2f %12s %12s %12s%n", name, f.perSecond(),
                f.p50(), f.p99(), jdbc == null ? "-" : String.format("%.2f", f.perSecond() / jdbc.perSecond()),
                cpu.containsKey(name) ? String.format("%.2f", cpu.get(name)) : "-",
                jdbcCpu == null || !cpu.containsKey(name) ? "-" : String.format("%.2f", jdbcCpu / cpu.get(name))));
    }

    private static double millis(String value, String unit) {
        double number = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> number / 1000;
            case "s" -> number * 1000;
            default -> number;
        };
    }
}
