package org.rives.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of {@code bench/soak.sh}: {@code SoakDriver BASE_URL CONNECTIONS SECONDS LOAD_EVERY_SECONDS TOKEN}.
 * Each connection sends one request at a time (closed loop) over a mix of compare, mirror, observations,
 * SDMX data and the committee page's assets, while one more thread uploads a World Bank file whose 2023
 * figures change each time, so that every upload commits a new load (and empties the cache). Prints the
 * requests, the errors (any answer but 200, or a load that did not commit) and p50/p99 per endpoint.
 */
public final class SoakDriver {

    /** The mix: a name for the printout, and the path. */
    static final Map<String, String> MIX = new LinkedHashMap<>();

    static {
        MIX.put("compare", "/api/compare?indicator=REMIT_IN&areas=5P5&from=2015&to=2023");
        MIX.put("compare-csv", "/api/compare?indicator=REMIT_IN&areas=5P5&from=2019&to=2023&format=csv");
        MIX.put("mirror", "/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR");
        MIX.put("observations", "/api/observations?indicator=REMIT_IN&size=50");
        MIX.put("observations-all", "/api/observations?indicator=REMIT_IN&area=MAR&size=all&format=csv");
        MIX.put("sdmx-data", "/sdmx/v2.1/data/DF_DEVELOPMENT/A.REMIT_IN.MAR+ESP._T._T._T._T.");
        MIX.put("page", "/");
        MIX.put("page-js", "/app.js");
        MIX.put("page-css", "/style.css");
    }

    private static final String PREAMBLE = "\uFEFF\"Data Source\",\"World Development Indicators\",\r\n\r\n"
            + "\"Last Updated Date\",\"2025-07-01\",\r\n\r\n\"Country Name\",\"Country Code\",\"Indicator Name\","
            + "\"Indicator Code\",\"2021\",\"2022\",\"2023\",\r\n";

    private SoakDriver() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int connections = Integer.parseInt(args[1]);
        long end = System.nanoTime() + (long) (Double.parseDouble(args[2]) * 1e9);
        long loadEvery = (long) (Double.parseDouble(args[3]) * 1000);
        String token = args[4];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<long[]>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<String> names = new ArrayList<>(MIX.keySet());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int first = t;
            Thread thread = new Thread(() -> drive(client, base, names, first, end, latencies, errors), "soak-" + t);
            thread.start();
            threads.add(thread);
        }
        AtomicInteger commits = new AtomicInteger();
        Thread loader = new Thread(() -> upload(client, base, token, loadEvery, end, commits, errors), "soak-loads");
        loader.start();
        for (Thread thread : threads) {
            thread.join();
        }
        loader.join();
        print(names, latencies, errors, commits.get());
    }

    private static void drive(HttpClient client, String base, List<String> names, int first, long end,
                              Map<String, List<long[]>> latencies, Map<String, AtomicLong> errors) {
        long[][] own = new long[names.size()][1024];
        int[] counts = new int[names.size()];
        for (int i = first; System.nanoTime() < end; i++) {
            int which = i % names.size();
            String name = names.get(which);
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + MIX.get(name)))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    error(errors, name, "HTTP " + response.statusCode());
                }
            } catch (Exception e) {
                error(errors, name, e.toString());
            }
            if (counts[which] == own[which].length) {
                own[which] = Arrays.copyOf(own[which], own[which].length * 2);
            }
            own[which][counts[which]++] = System.nanoTime() - start;
        }
        for (int n = 0; n < names.size(); n++) {
            latencies.computeIfAbsent(names.get(n), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(Arrays.copyOf(own[n], counts[n]));
        }
    }

    private static void upload(HttpClient client, String base, String token, long every, long end,
                               AtomicInteger commits, Map<String, AtomicLong> errors) {
        for (int round = 1; System.nanoTime() + every * 1_000_000 < end; round++) {
            sleep(every);
            String file = PREAMBLE + "\"Morocco\",\"MAR\",\"Personal remittances, received (current US$)\","
                    + "\"BX.TRF.PWKR.CD.DT\",\"1000\",\"2000\",\"" + (3000 + round) + "\",\r\n"
                    + "\"Spain\",\"ESP\",\"Personal remittances, received (current US$)\","
                    + "\"BX.TRF.PWKR.CD.DT\",\"100\",\"200\",\"300\",\r\n";
            String boundary = "soak" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"connector\"\r\n\r\nworldbank-wdi\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"soak-" + round
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/loads"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2 && response.body().contains("\"committed\"")) {
                    commits.incrementAndGet();
                } else {
                    error(errors, "load", "HTTP " + response.statusCode() + " " + response.body());
                }
            } catch (Exception e) {
                error(errors, "load", e.toString());
            }
        }
    }

    private static final Map<String, String> FIRST_ERROR = new ConcurrentHashMap<>();

    private static void error(Map<String, AtomicLong> errors, String name, String what) {
        errors.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
        FIRST_ERROR.putIfAbsent(name, Instant.now() + " " + (what.length() > 300 ? what.substring(0, 300) : what));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void print(List<String> names, Map<String, List<long[]>> latencies, Map<String, AtomicLong> errors,
                              int commits) {
        long total = 0;
        long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("%-18s %10s %8s %10s %10s%n", "endpoint", "requests", "errors", "p50 ms", "p99 ms");
        for (String name : names) {
            long[] all = latencies.getOrDefault(name, List.of()).stream().flatMapToLong(Arrays::stream).sorted()
                    .toArray();
            total += all.length;
            System.out.printf("%-18s %,10d %8d %10.2f %10.2f%n", name, all.length,
                    errors.getOrDefault(name, new AtomicLong()).get(), percentile(all, 0.50), percentile(all, 0.99));
        }
        System.out.printf("requests %,d, errors %d, loads committed %d%n", total, failed, commits);
        FIRST_ERROR.forEach((name, what) -> System.out.println("first error of " + name + ": " + what));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
