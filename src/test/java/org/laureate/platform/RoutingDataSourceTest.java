package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingDataSourceTest {

    @Test
    void anH2UrlOpensTheEmbeddedDatabase(@TempDir Path folder) throws SQLException {
        var dataSource = new RoutingDataSource();
        dataSource.setUrl("jdbc:h2:file:" + folder.resolve("db") + ";MODE=LEGACY");
        dataSource.setUser("laureate");
        dataSource.setPassword("laureate");

        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void aMysqlUrlGoesToConnectorJ() throws SQLException {
        var dataSource = new RoutingDataSource();
        dataSource.setURL("jdbc:mariadb://127.0.0.1:3306/test");

        assertThat(dataSource.unwrap(com.mysql.cj.jdbc.MysqlDataSource.class).getURL())
                .isEqualTo("jdbc:mysql://127.0.0.1:3306/test");
    }

    @Test
    void aMysqlConnectionRewritesBatchesIntoOneRequest() throws SQLException {
        var dataSource = new RoutingDataSource();
        dataSource.setURL("jdbc:mysql://127.0.0.1:3306/test");

        assertThat(dataSource.unwrap(com.mysql.cj.jdbc.MysqlDataSource.class).getRewriteBatchedStatements()).isTrue();
    }

    @Test
    void anyOtherUrlIsRefusedWithAClearMessage() {
        var dataSource = new RoutingDataSource();
        dataSource.setUrl("jdbc:postgresql://localhost/laureate");

        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Unsupported database URL");
    }
}
