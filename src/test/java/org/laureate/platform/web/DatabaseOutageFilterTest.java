package org.laureate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageFilterTest {

    @Test
    void aLostLinkWrappedByThePersistenceTheBeanAndFacesIsAnOutage() {
        var lost = new SQLException("Communications link failure", "08S01");
        var wrapped = new ServletException(new FacesException(new EJBException(new PersistenceException(lost))));

        assertThat(DatabaseOutageFilter.isDatabaseOutage(wrapped)).isTrue();
        assertThat(DatabaseOutageFilter.isDatabaseOutage(new SQLNonTransientConnectionException("refused")))
                .isTrue();
        assertThat(DatabaseOutageFilter.isDatabaseOutage(new EJBException(
                new ResourceAllocationException("no connection within 5000 ms")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutageFilter.isDatabaseOutage(new SQLException("Duplicate entry", "23000"))).isFalse();
        assertThat(DatabaseOutageFilter.isDatabaseOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutageFilter.isDatabaseOutage(new PersistenceException())).isFalse();
    }
}
