package com.respondo.tempbox;

import java.time.Duration;

import org.springframework.web.reactive.function.client.WebClient;

import com.respondo.testsupport.TempBoxFake;

/** The real TempBox client, for tests outside this package, talking to a {@link TempBoxFake} on loopback. */
public final class TempBoxTestClients {

    private TempBoxTestClients() {
    }

    /** A client of the fake for its tenant, with a read timeout of 5 s; close it after the test. */
    public static TempBoxClient of(TempBoxFake fake) {
        return new WebClientTempBoxClient(fake.properties(Duration.ofSeconds(5)), WebClient.builder(),
                TempBoxCallDecorator.identity());
    }

    /** Closes a client {@link #of} made. */
    public static void close(TempBoxClient client) {
        ((WebClientTempBoxClient) client).close();
    }
}
