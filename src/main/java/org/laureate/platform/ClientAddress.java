package org.laureate.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R20.4 The address of the client a request comes from, as the sign-in throttle, the registration limits and the
 * public comments count it: the connection's, unless the connection comes from a reverse proxy named in
 * {@code laureate.proxies}; then the nearest address of {@code X-Forwarded-For} that is not such a proxy (each proxy
 * appends the address it was reached from). A forwarded address is never believed from anyone else, so that a client
 * cannot name itself a new address with each request.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    @ConfigProperty(name = Config.PROXIES)
    Optional<String> proxies;

    /** The client's address of {@code request}. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trusted());
    }

    private Set<String> trusted() {
        return proxies.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /**
     * The client's address when the connection comes from {@code remote} with these {@code X-Forwarded-For} headers,
     * in their order, and these trusted proxies: walking the chain back from the connection, the first address that
     * is not a trusted proxy; the farthest one when every address is a proxy.
     */
    static String resolve(String remote, List<String> forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remote)) {
            return remote;
        }
        var chain = new ArrayList<String>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    chain.add(hop.strip());
                }
            }
        }
        var address = remote;
        for (int i = chain.size() - 1; i >= 0; i--) {
            address = chain.get(i);
            if (!trusted.contains(address)) {
                return address;
            }
        }
        return address;
    }
}
