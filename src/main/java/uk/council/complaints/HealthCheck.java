package uk.council.complaints;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: exits 0 when /health/liveness answers UP (the process serves HTTP). A Java class, so
 * the runtime image needs no curl or wget. Liveness, not /health: a platform that replaces unhealthy containers must
 * not restart every instance while the database is away (ADR 0024); the load balancer uses /health.
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    public static void main(String[] args) throws Exception {
        String port = System.getenv().getOrDefault("PORT", "8080");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/liveness"))
                        .timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        System.exit(response.statusCode() == 200 && response.body().contains("\"UP\"") ? 0 : 1);
    }
}
