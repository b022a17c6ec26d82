package org.laureate.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro started once for the whole test run: Payara Micro deploys only while it boots, so the managed adapter
 * would boot a server for every test class. Here the first class's deployment boots it and every later class reuses
 * it; it stops when Arquillian stops its containers at the end of the run. Every class deploys the same archive
 * ({@link Deployments#suite()}), so the server holds each class that runs inside it.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

    /** A database of MySQL's protocol: its host, port and the rest of the address. */
    private static final Pattern MYSQL_URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://)([^:/?]+)(?::(\\d+))?(.*)");

    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    /**
     * Points the server at its database through a {@link DatabaseRelay} when the database is MySQL or MariaDB, so that
     * a test can take the database away; an embedded database is reached as it is.
     */
    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        var url = System.getenv("LAUREATE_DB_URL");
        var matcher = url == null ? null : MYSQL_URL.matcher(url);
        if (matcher != null && matcher.matches()) {
            try {
                var relay = DatabaseRelay.start(matcher.group(2),
                        matcher.group(3) == null ? 3306 : Integer.parseInt(matcher.group(3)));
                configuration.setCmdOptions(configuration.getCmdOptions() + " -Dlaureate.db.url="
                        + matcher.group(1) + "127.0.0.1:" + relay.port() + matcher.group(4));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the relay to the database", e);
            }
        }
        super.setup(configuration);
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (metaData == null) {
            metaData = super.deploy(archive);
            deployed = archive;
        }
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // the server keeps the suite's deployment until the run ends
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed != null) {
            try {
                super.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("Cannot stop Payara Micro", e);
            } finally {
                deployed = null;
                metaData = null;
            }
        }
    }
}
