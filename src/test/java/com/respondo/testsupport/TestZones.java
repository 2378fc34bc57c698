package com.respondo.testsupport;

import java.time.ZoneId;

/** The time zones the tests use, written once. */
public final class TestZones {

    /** The zone of the TempBox tenants of the tests (Brazil has no daylight saving time since 2019). */
    public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private TestZones() {
    }
}
