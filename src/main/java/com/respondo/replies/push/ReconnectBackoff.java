package com.respondo.replies.push;

import java.time.Duration;

/**
 * The waits before reconnecting a lost stream: the shortest after a stream that was connected, doubling after each
 * attempt that failed, never longer than the longest.
 */
record ReconnectBackoff(Duration shortest, Duration longest) {

    /** The wait after this one, when the attempt it preceded failed too. */
    Duration after(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }
}
