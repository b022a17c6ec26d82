package org.laureate.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback relay between the test server and its database, so that a test can take the database away and give it
 * back as a stopped server would: while it is away, every open connection is cut and a new one is refused, and the
 * machine's database itself goes on serving everything else. The test server is pointed at it when the suite's
 * database is MySQL or MariaDB ({@link SharedPayaraMicro}).
 */
final class DatabaseRelay {

    private static volatile DatabaseRelay running;

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    private DatabaseRelay(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listening = listen(0);
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** Starts the suite's relay to the database at {@code host:port}; the port it listens on is {@link #port()}. */
    static synchronized DatabaseRelay start(String host, int targetPort) throws IOException {
        if (running == null) {
            running = new DatabaseRelay(host, targetPort);
        }
        return running;
    }

    /** The suite's relay, if the test server reaches its database through one. */
    static DatabaseRelay running() {
        return running;
    }

    int port() {
        return port;
    }

    /** The database goes away: open connections are cut, new ones refused, until {@link #restore()}. */
    synchronized void cut() throws IOException {
        var socket = listening;
        listening = null;
        if (socket != null) {
            socket.close();
        }
        for (Socket connection : open) {
            close(connection);
        }
        open.clear();
    }

    /** The database is back, on the same port. */
    synchronized void restore() throws IOException {
        if (listening == null) {
            listening = listen(port);
            accept(listening);
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        var socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket socket) {
        var acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    relay(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "database-relay-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void relay(Socket client) {
        Socket database;
        try {
            database = new Socket(targetHost, targetPort);
        } catch (IOException e) {
            close(client);
            return;
        }
        open.add(client);
        open.add(database);
        pump(client, database);
        pump(database, client);
    }

    private void pump(Socket from, Socket to) {
        var pump = new Thread(() -> {
            var buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (SocketException cut) {
                // the other direction or cut() closed the pair
            } catch (IOException e) {
                // a connection that broke ends like one that was closed
            } finally {
                close(from);
                close(to);
            }
        }, "database-relay-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
