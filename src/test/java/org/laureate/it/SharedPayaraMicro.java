package org.laureate.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
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

    private Archive<?> deployed;
    private ProtocolMetaData metaData;

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
