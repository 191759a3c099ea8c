package uk.council.complaints.web;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import com.zaxxer.hikari.util.DriverDataSource;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * A time limit on every statement, set on each pooled connection as it is opened (ADR 0024): PostgreSQL's
 * {@code statement_timeout}, plus the driver's {@code socketTimeout} for a server that stops answering altogether;
 * H2's {@code QUERY_TIMEOUT}. A statement over it fails (SQLState 57014 / an SQLTimeoutException), and the person
 * gets the "not available right now" page (ErrorPages) instead of waiting. The wait for a free connection is
 * Hikari's own {@code connection-timeout} (application.yml). Flyway's migrations run under the same limit:
 * a migration that needs longer is deployed with {@code PORTAL_DB_STATEMENT_TIMEOUT=0} (README). A request's statements
 * together are limited by {@link RequestDeadline} ({@code portal.database.request-deadline}, 15 s; 0: none).
 */
@Singleton
class DatabaseTimeouts implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final Duration statementTimeout;
    private final Duration requestDeadline;

    DatabaseTimeouts(@Value("${portal.database.statement-timeout:10s}") Duration statementTimeout,
                     @Value("${portal.database.request-deadline:15s}") Duration requestDeadline) {
        this.statementTimeout = statementTimeout;
        this.requestDeadline = requestDeadline;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl() == null ? "" : config.getUrl();
        if (config.getConnectionInitSql() == null && !statementTimeout.isZero()) {
            config.setConnectionInitSql(initSql(url, statementTimeout.toMillis()));
            if (url.startsWith("jdbc:postgresql:")) {
                // Seconds; a connection whose server went silent mid-query is given up after this, not after TCP's minutes.
                config.addDataSourceProperty("socketTimeout", Long.toString(statementTimeout.toSeconds() + 5));
            }
        }
        if (config.getDataSource() == null && !url.isEmpty() && !requestDeadline.isZero()) {
            config.setDataSource(new RequestDeadline(requestDeadline).around(new DriverDataSource(url,
                    config.getDriverClassName(), config.getDataSourceProperties(), config.getUsername(), config.getPassword())));
        }
        return config;
    }

    /** The statement that sets (or, with 0, lifts) the limit on one connection; null for a database not known here. */
    static String initSql(String url, long millis) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "SET statement_timeout = " + millis;
        }
        if (url.startsWith("jdbc:h2:")) {
            return "SET QUERY_TIMEOUT " + millis;
        }
        return null;
    }
}
