package org.laureate.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The application's data source class: it picks the driver from the JDBC URL, so that one WAR runs on the embedded H2
 * database by default and on MySQL or MariaDB when only {@code LAUREATE_DB_URL}, {@code LAUREATE_DB_USER} and
 * {@code LAUREATE_DB_PASSWORD} are set. The server pools the connections it hands out.
 */
public class RoutingDataSource implements DataSource {

    static final int CONNECT_TIMEOUT_MILLIS = 3000;

    /** Statements a connection keeps parsed, and the longest kept. */
    static final int PARSED_STATEMENTS = 250;
    static final int PARSED_STATEMENT_LENGTH = 2048;

    private String url;
    private String user;
    private String password;
    private DataSource target;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            target = create();
        }
        return target;
    }

    private DataSource create() throws SQLException {
        if (url == null) {
            throw new SQLException("No database URL is configured (laureate.db.url)");
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setURL(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
            mysql.setUser(user);
            mysql.setPassword(password == null ? "" : password);
            // a database that is down is told within seconds, not after the system's TCP timeouts
            mysql.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            // each connection keeps its statements parsed: the driver parsed the SQL again at every execution
            mysql.setCachePrepStmts(true);
            mysql.setPrepStmtCacheSize(PARSED_STATEMENTS);
            mysql.setPrepStmtCacheSqlLimit(PARSED_STATEMENT_LENGTH);
            // no tracing spans of each statement: nothing here reads them, and making them cost a fiftieth of a cast
            mysql.setOpenTelemetry("DISABLED");
            // a batch of statements is sent as one request (inserts as one statement of many rows), not one each
            mysql.setRewriteBatchedStatements(true);
            return mysql;
        }
        throw new SQLException("Unsupported database URL: only jdbc:h2:, jdbc:mysql: and jdbc:mariadb: are supported");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the server logs through its own pool
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the server's pool sets its own timeouts
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        var delegate = target();
        return iface.isInstance(delegate) ? iface.cast(delegate) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        var delegate = target();
        return iface.isInstance(this) || iface.isInstance(delegate) || delegate.isWrapperFor(iface);
    }
}
