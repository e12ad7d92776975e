package org.rives.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rives.access.AccessAdmin;
import org.rives.access.Provider;
import org.rives.testing.ProviderServerTest;
import org.rives.writes.WriteJob;
import org.rives.writes.WriteQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * Providers' tokens on the server over real HTTP: an observatory dry-runs, previews and commits its own
 * file in steps; a token cannot write another provider's connector, see another's uploads, or work once
 * revoked; every step is in the audit and on /api/loads; tokens never reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class UploadsEndToEndTest extends ProviderServerTest {

    @Autowired
    WriteQueue queue;

    @Test
    void anObservatoryDryRunsSeesTheRevisionsAndCommitsTheSameBytes(CapturedOutput output) throws Exception {
        JsonNode committed = commit(upload(HCP.token(), "hcp-ma-etrangers", HCP_SAMPLE), HCP.token());
        assertThat(committed.path("commit").path("report").path("status").asString()).isEqualTo("committed");

        Path revised = Files.writeString(WORK.resolve("revised.csv"), Files.readString(HCP_SAMPLE)
                .replace("France;21 340;30 150", "France;21 340;30 250"));
        JsonNode dryRun = finished(upload(HCP.token(), "hcp-ma-etrangers", revised), HCP.token());
        JsonNode report = dryRun.path("dryRun").path("report");
        assertThat(report.path("status").asString()).isEqualTo("validated");
        assertThat(report.path("changes").path("revised").asInt()).isEqualTo(1);
        JsonNode figure = dryRun.path("dryRun").path("preview").path("revised").get(0);
        assertThat(figure.path("counterpartArea").asString()).isEqualTo("FRA");
        assertThat(figure.path("period").asString()).isEqualTo("2024");
        assertThat(figure.path("oldValue").asString()).isEqualTo("30150");
        assertThat(figure.path("newValue").asString()).isEqualTo("30250");
        assertThat(dryRun.path("committable").asBoolean()).isTrue();

        JsonNode second = commit(dryRun, HCP.token());
        JsonNode load = second.path("commit").path("report");
        assertThat(load.path("status").asString()).isEqualTo("committed");
        assertThat(load.path("sha256").asString()).isEqualTo(dryRun.path("sha256").asString());
        assertThat(send(post("/api/uploads/" + dryRun.path("id").asString() + "/commit", HCP.token())).statusCode())
                .isEqualTo(409);

        HttpResponse<String> list = send(get("/api/loads?source=hcp-ma-etrangers", null));
        JsonNode loads = json.readTree(list.body());
        assertThat(loads.path("total").asInt()).as(list.body()).isGreaterThanOrEqualTo(2);
        JsonNode newest = loads.path("items").get(0);
        assertThat(newest.path("loadId").asInt()).isEqualTo(load.path("loadId").asInt());
        assertThat(newest.path("loadedBy").path("provider").asString()).isEqualTo("hcp");
        assertThat(newest.path("loadedBy").path("token").asString()).isEqualTo(HCP.issued().id());
        assertThat(newest.has("rejections")).isFalse();
        assertThat(json.readTree(send(get("/api/loads/" + load.path("loadId").asInt(), null)).body())
                .path("loadedBy").path("provider").asString()).isEqualTo("hcp");

        JsonNode audit = json.readTree(send(get("/api/audit", HCP.token())).body());
        assertThat(audit.path("items").findValuesAsString("action")).contains("dry-run", "commit");
        assertThat(audit.path("items").findValuesAsString("provider")).containsOnly("hcp");
        assertThat(audit.path("items").get(0).path("sha256").asString()).isEqualTo(load.path("sha256").asString());
        assertThat(output.getAll()).contains("audit: token " + HCP.issued().id() + " (hcp)")
                .doesNotContain(HCP.token(), OC.token(), LEGACY);
    }

    @Test
    void aTokenCannotWriteAnotherProvidersConnectorNorSeeItsUploads(CapturedOutput output) throws Exception {
        List<Path> staged = stagedFiles();
        HttpResponse<String> refused = send(raw(HCP.token(), "oc-maroc-mre", "transferts.csv", "x;y\n"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("title").asString()).isEqualTo("Forbidden");
        assertThat(problem.path("detail").asString()).contains("(hcp) may write [hcp-*], not oc-maroc-mre");
        assertThat(stagedFiles()).isEqualTo(staged);

        JsonNode mine = upload(HCP.token(), "hcp-ma-etrangers", HCP_SAMPLE);
        assertThat(send(get("/api/uploads/" + mine.path("id").asString(), OC.token())).statusCode()).isEqualTo(404);
        assertThat(send(get("/api/uploads/" + mine.path("id").asString(), LEGACY)).statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(send(get("/api/me", OC.token())).body());
        assertThat(me.path("connectors").findValuesAsString("id")).containsExactly("oc-ma-transferts-pays", "oc-maroc-mre");
        assertThat(send(HttpRequest.newBuilder(uri("/api/uploads/" + mine.path("id").asString()))
                .header("Authorization", "Bearer " + HCP.token()).DELETE()).statusCode()).isEqualTo(204);
        awaitAudit("forbidden");
    }

    @Test
    void aSecondUploadWaitsItsTurnAndSaysItsPlaceInLine() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WriteJob<Boolean> slowLoad = queue.submit("hcp-ma-etrangers", () -> {
            running.countDown();
            return release.await(60, TimeUnit.SECONDS);
        });
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        Path file = Files.writeString(WORK.resolve("queued.csv"), Files.readString(HCP_SAMPLE)
                .replace("Sénégal;6 870;14 820", "Sénégal;6 870;14 830"));
        JsonNode waiting = upload(HCP.token(), "hcp-ma-etrangers", file);
        assertThat(waiting.path("state").asString()).isEqualTo("waiting");
        assertThat(waiting.path("position").asInt()).isEqualTo(1);
        assertThat(waiting.path("expiresAt").isNull()).isTrue();
        release.countDown();
        assertThat(slowLoad.await()).isTrue();
        JsonNode done = finished(waiting, HCP.token());
        assertThat(done.path("dryRun").path("report").path("status").asString()).isEqualTo("validated");
        assertThat(done.path("position").isNull()).isTrue();
    }

    @Test
    void anAdminManagesProvidersOverHttp() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/providers/ine-es"))
                .header("Authorization", "Bearer " + LEGACY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"INE\",\"connectors\":[\"ine-*\"]}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ADMIN.providers()).extracting(Provider::id).contains("ine-es");
        HttpResponse<String> invalid = send(HttpRequest.newBuilder(uri("/api/providers/ine-es"))
                .header("Authorization", "Bearer " + LEGACY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"INE\",\"connectors\":[\"../x\"]}")));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(uri("/api/providers/ine-es")).header("Authorization", "Bearer " + LEGACY)
                .DELETE()).statusCode()).isEqualTo(204);
        assertThat(json.readTree(send(get("/api/providers", HCP.token())).body()).findValuesAsString("id"))
                .containsExactly("hcp");
    }

    @Test
    void aRevokedTokenStopsWorkingAtTheNextRequest() throws Exception {
        AccessAdmin.Created spare = ADMIN.createProviderToken("hcp", List.of("hcp-ma-etrangers"), null, "spare");
        assertThat(send(get("/api/me", spare.token())).statusCode()).isEqualTo(200);
        ADMIN.revoke(spare.issued().id());
        HttpResponse<String> refused = send(get("/api/me", spare.token()));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json.readTree(refused.body()).path("detail").asString()).contains("was revoked");
    }

    @Test
    void theDeprecatedWriteTokenIsAnAdminAndSaidSoAtStartUp(CapturedOutput output) throws Exception {
        HttpResponse<String> providers = send(get("/api/providers", LEGACY));
        assertThat(json.readTree(providers.body()).findValuesAsString("id")).contains("hcp", "oc");
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/providers/hcp"))
                .header("Authorization", "Bearer " + HCP.token()).DELETE());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(output.getAll()).contains("rives.write-token (RIVES_WRITE_TOKEN) is deprecated");
    }

    @Test
    void aTokenInTheQueryStringIsRefusedAndNotLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> refused = send(get("/api/observations?indicator=POP&access_token=" + OC.token(), null));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("detail").asString())
                .contains("Authorization header", "rives token revoke " + OC.issued().id());
        assertThat(output.getAll()).contains("carrying a token in its URL").doesNotContain(OC.token());
    }

    JsonNode upload(String token, String connector, Path file) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/uploads?connector=" + connector
                        + "&name=" + file.getFileName())).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(file)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/uploads/"));
        return json.readTree(response.body());
    }

    JsonNode commit(JsonNode upload, String token) throws Exception {
        JsonNode dryRun = finished(upload, token);
        HttpResponse<String> response = send(post("/api/uploads/" + dryRun.path("id").asString() + "/commit", token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return finished(json.readTree(response.body()), token);
    }

    JsonNode finished(JsonNode upload, String token) throws Exception {
        for (int i = 0; i < 600; i++) {
            String state = upload.path("state").asString();
            if (state.equals("done") || state.equals("failed") || state.equals("cancelled")) {
                return upload;
            }
            Thread.sleep(100);
            upload = json.readTree(send(get("/api/uploads/" + upload.path("id").asString(), token)).body());
        }
        throw new AssertionError("the upload did not finish: " + upload);
    }

    void awaitAudit(String result) throws Exception {
        for (int i = 0; i < 100; i++) {
            JsonNode audit = json.readTree(send(get("/api/audit", LEGACY)).body());
            if (audit.path("items").findValuesAsString("result").contains(result)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no audit entry with result " + result);
    }

    HttpRequest.Builder raw(String token, String connector, String name, String body) {
        return HttpRequest.newBuilder(uri("/api/uploads?connector=" + connector + "&name=" + name))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    HttpRequest.Builder post(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody());
    }

}
