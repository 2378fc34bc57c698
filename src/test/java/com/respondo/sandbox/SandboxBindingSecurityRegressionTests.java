package com.respondo.sandbox;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.Optional;

import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox's control API ({@code /sandbox/**}) has no authentication: the sandbox profile listens on
 * {@code 127.0.0.1} only, unless {@code server.address} says otherwise, so that no other machine reaches it.
 */
@RespondoIntegrationTest
class SandboxBindingSecurityRegressionTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void theSandboxIsNotReachableFromAnotherMachine() throws IOException {
        assertThat(this.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "This machine has no non-loopback IPv4 address to try");
        try (Socket socket = new Socket()) {
            assertThatExceptionOfType(ConnectException.class)
                .isThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), this.port), 5000));
        }
    }

    @Test
    void anAddressSetExplicitlyIsKept() {
        assertThat(postProcessed(Map.of("server.address", "0.0.0.0")).getProperty("server.address"))
            .isEqualTo("0.0.0.0");
        assertThat(postProcessed(Map.of()).getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    private static StandardEnvironment postProcessed(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("sandbox");
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new SandboxEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
            .filter(network -> {
                try {
                    return network.isUp() && !network.isLoopback();
                }
                catch (SocketException ex) {
                    return false;
                }
            })
            .flatMap(NetworkInterface::inetAddresses)
            .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
            .findFirst();
    }
}
