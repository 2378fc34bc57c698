package com.respondo.replies.push;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReconnectBackoffTests {

    @Test
    void eachFailedAttemptDoublesTheWaitUpToTheLongest() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

        Duration wait = backoff.shortest();
        wait = backoff.after(wait);
        assertThat(wait).isEqualTo(Duration.ofSeconds(2));
        wait = backoff.after(wait);
        assertThat(wait).isEqualTo(Duration.ofSeconds(4));
        wait = backoff.after(wait);
        assertThat(wait).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(wait)).isEqualTo(Duration.ofSeconds(5));
    }
}
