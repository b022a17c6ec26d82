package org.laureate.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's data source from MicroProfile Config ({@code laureate.db.url}, {@code .user}, {@code
 * .password}, overridden by the environment variables {@code LAUREATE_DB_URL} …) and brings its schema up to date with
 * the migrations in {@code sql/} before anything else runs.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "org.laureate.platform.RoutingDataSource",
        url = "${MPCONFIG=laureate.db.url}",
        user = "${MPCONFIG=laureate.db.user}",
        password = "${MPCONFIG=laureate.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // while the database is down a request waits at most this long for a connection, then answers 503
            // (R20.3); with as many connections as HTTP threads, a request never waits for one otherwise
            "fish.payara.max-wait-time-in-millis=2000"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/laureate";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion : result.targetSchemaVersion)
                + ", " + result.migrationsExecuted + " migration(s) applied");
    }
}
