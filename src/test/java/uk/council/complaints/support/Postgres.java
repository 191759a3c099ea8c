package uk.council.complaints.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/** The PostgreSQL pass (bin/test's second run) and the settings of application-postgres.yml, as context properties. */
public final class Postgres {
    private Postgres() {
    }

    public static boolean active() {
        return System.getProperty("micronaut.environments", "").contains("postgres");
    }

    /** Given again as properties: the environments of -Dmicronaut.environments come before a test's own, so "test" would win. */
    public static Map<String, Object> settings() {
        PropertySource yml = new YamlPropertySourceLoader()
                .load("application-postgres", ClassPathResourceLoader.defaultLoader(Postgres.class.getClassLoader()))
                .orElseThrow(() -> new IllegalStateException("application-postgres.yml not found"));
        Map<String, Object> settings = new HashMap<>();
        yml.forEach(key -> settings.put(key, yml.get(key)));
        return settings;
    }

    /** A portal on a random port whose database is reached through this proxy, with these settings added. */
    public static EmbeddedServer portalThrough(DatabaseProxy proxy, Map<String, Object> extra) {
        Map<String, Object> settings = settings();
        settings.put("datasources.default.url", urlThrough("127.0.0.1", proxy.port()));
        settings.put("micronaut.server.port", -1);
        settings.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, settings, "test");
    }

    /** The test database's address with this host and port instead (e.g. a {@link DatabaseProxy}'s). */
    public static String urlThrough(String host, int port) {
        String schema = System.getenv().getOrDefault("PORTAL_TEST_PG_SCHEMA", "portal_test");
        return "jdbc:postgresql://" + host + ":" + port + "/test?currentSchema=" + schema;
    }

    public static String host() {
        return System.getenv().getOrDefault("PORTAL_TEST_PG_HOST", "127.0.0.1");
    }
}
