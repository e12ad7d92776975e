package org.rives.sdmx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rives.testing.ServerTest;
import org.rives.testing.TestStore;

/**
 * Rives on 127.0.0.1 at a random port, with every connector's samples loaded on start into a temporary
 * store: the one server all server tests share ({@link ServerTest}), addressed at its SDMX web service.
 */
abstract class SdmxServerTest extends ServerTest {

    static final List<String> FIVE_PLUS_FIVE = List.of("ESP", "FRA", "ITA", "MLT", "PRT", "DZA", "LBY", "MAR",
            "MRT", "TUN");
    /** The key of the World Bank's 2022 remittances received by the ten countries, in the flow of their axis. */
    static final String REMITTANCES_KEY = "A.REMIT_IN." + String.join("+", FIVE_PLUS_FIVE)
            + "._T._T._T._T.worldbank-wdi";

    /** The SDMX web service's root. */
    @Override
    protected String base() {
        return super.base() + SdmxEndpoint.BASE;
    }

    HttpResponse<byte[]> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /**
     * The 2022 remittances received by the ten countries as the World Bank publishes them, read from the
     * golden file of the WDI sample (the figures the store holds), by area.
     */
    static Map<String, BigDecimal> publishedRemittances2022() {
        Path golden = TestStore.REPO.resolve("src/test/resources/golden/worldbank-wdi/"
                + "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv.csv");
        Map<String, BigDecimal> figures = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(golden, StandardCharsets.UTF_8)) {
                String[] cells = line.split(",", -1);
                if (cells[0].equals("REMIT_IN") && cells[7].equals("2022") && FIVE_PLUS_FIVE.contains(cells[1])) {
                    figures.put(cells[1], new BigDecimal(cells[8]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }
}
