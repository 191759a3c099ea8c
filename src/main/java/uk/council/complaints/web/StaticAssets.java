package uk.council.complaints.web;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The stylesheets, script and images pages link to, under names that hold a hash of their content
 * ({@code /assets/fp/portal.3f2a9c1b0d4e.css}): a new release changes the name, so browsers and proxies
 * may keep each one for a year ({@link AssetController}). Templates get the names through one helper,
 * {@code #assets.url('portal.css')} ({@link AssetsDialect}). A stylesheet or script that links to another
 * asset links to its fingerprinted name. The old plain paths still answer (uncached).
 */
@Singleton
public class StaticAssets implements ApplicationEventListener<StartupEvent> {
    public static final String PREFIX = "/assets/fp/";
    private static final String GOVUK = "classpath:META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    /** One asset: its short name, the plain path it replaces, content, type and the fingerprinted URL. */
    public record Asset(String name, String plainPath, byte[] content, String contentType, String hash) {
        public String url() {
            int dot = name.lastIndexOf('.');
            return PREFIX + name.substring(0, dot) + "." + hash + name.substring(dot);
        }
    }

    private record Assets(Map<String, Asset> byName, Map<String, Asset> byFile) {
    }

    /**
     * Read and hashed on a thread of their own while the portal starts: on a cold JVM, hashing the stylesheets and
     * script took a tenth of the start-up on the main thread (issue 26). The first page waits for them if need be.
     */
    private final CompletableFuture<Assets> assets;

    StaticAssets(ResourceResolver resources, CouncilProperties council) {
        this.assets = CompletableFuture.supplyAsync(() -> load(resources, council), StaticAssets::startThread);
    }

    /** A missing asset still stops the start, as when they were read on the main thread. */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        assets.join();
    }

    private static void startThread(Runnable task) {
        Thread thread = new Thread(task, "static-assets");
        thread.setDaemon(true);
        thread.start();
    }

    private static Assets load(ResourceResolver resources, CouncilProperties council) {
        Assets loaded = new Assets(new LinkedHashMap<>(), new LinkedHashMap<>());
        // Leaves first: an asset that links to another is rewritten to the other's fingerprinted URL.
        add(loaded, "favicon.svg", "/assets/govuk/assets/images/favicon.svg", read(resources, GOVUK + "assets/images/favicon.svg"), "image/svg+xml");
        add(loaded, "govuk-crest.svg", "/assets/govuk/assets/images/govuk-crest.svg", read(resources, GOVUK + "assets/images/govuk-crest.svg"), "image/svg+xml");
        add(loaded, "govuk-frontend.min.js", "/assets/govuk/govuk-frontend.min.js", read(resources, GOVUK + "govuk-frontend.min.js"), "text/javascript");
        add(loaded, "portal.css", "/assets/app/css/portal.css", read(resources, "classpath:public/css/portal.css"), "text/css");
        add(loaded, "staff.css", "/assets/app/css/staff.css", read(resources, "classpath:public/css/staff.css"), "text/css");
        add(loaded, "app.js", "/assets/app/js/app.js", read(resources, "classpath:public/js/app.js"), "text/javascript");
        add(loaded, "theme.css", ThemeController.PATH, ThemeController.css(council).getBytes(StandardCharsets.UTF_8), "text/css");
        return loaded;
    }

    /** The fingerprinted URL of an asset, by its short name ({@code portal.css}); unknown names fail loudly. */
    public String url(String name) {
        Asset asset = assets.join().byName().get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No asset called " + name);
        }
        return asset.url();
    }

    /** The asset a request's file name ({@code portal.3f2a9c1b0d4e.css}) is for, current or not. */
    Optional<Asset> forFile(String file) {
        Map<String, Asset> byName = assets.join().byName();
        Asset exact = assets.join().byFile().get(file);
        if (exact != null) {
            return Optional.of(exact);
        }
        // Another release's hash (a page from an instance not yet updated): the current content, uncached.
        String[] parts = file.split("\\.");
        if (parts.length >= 3) {
            String name = String.join(".", java.util.Arrays.copyOfRange(parts, 0, parts.length - 2)) + "." + parts[parts.length - 1];
            return Optional.ofNullable(byName.get(name));
        }
        return Optional.empty();
    }

    private static void add(Assets assets, String name, String plainPath, byte[] content, String type) {
        if (type.startsWith("text/")) {
            String text = new String(content, StandardCharsets.UTF_8);
            for (Asset earlier : assets.byName().values()) {
                text = text.replace(earlier.plainPath(), earlier.url());
            }
            content = text.getBytes(StandardCharsets.UTF_8);
        }
        Asset asset = new Asset(name, plainPath, content, type + (type.startsWith("text/") ? ";charset=utf-8" : ""), hash(content));
        assets.byName().put(name, asset);
        assets.byFile().put(asset.url().substring(PREFIX.length()), asset);
    }

    private static byte[] read(ResourceResolver resources, String path) {
        try (InputStream in = resources.getResourceAsStream(path).orElseThrow(() -> new IllegalStateException("Missing " + path))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
