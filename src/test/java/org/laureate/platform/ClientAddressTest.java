package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("127.0.0.1");

    @Test
    void r20_4_aClientReachingTheServerDirectlyIsItsConnectionWhateverItForwards() {
        assertThat(ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"), PROXY)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"), Set.of())).isEqualTo("203.0.113.7");
    }

    @Test
    void r20_4_behindATrustedProxyTheClientIsTheAddressTheProxyWasReachedFrom() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("203.0.113.7"), PROXY)).isEqualTo("203.0.113.7");
    }

    @Test
    void r20_4_anAddressTheClientPutInFrontOfTheChainIsNotBelieved() {
        // the client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("198.51.100.1, 203.0.113.7"), PROXY))
                .isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("198.51.100.1", "203.0.113.7"), PROXY))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void r20_4_severalTrustedProxiesInARowAreWalkedBack() {
        var proxies = Set.of("127.0.0.1", "10.0.0.2");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("203.0.113.7, 10.0.0.2"), proxies))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void r20_4_aTrustedProxyThatForwardsNothingIsTheClient() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of(), PROXY)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of(" , "), PROXY)).isEqualTo("127.0.0.1");
    }
}
