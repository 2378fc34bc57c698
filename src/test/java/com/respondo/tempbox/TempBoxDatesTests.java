package com.respondo.tempbox;

import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every date format TempBox may send is read as the same instant; anything else is not a date. */
class TempBoxDatesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-03-14T09:12:41-03:00        | 2025-03-14T12:12:41Z",
        "2025-03-14T09:12:41.357-03:00    | 2025-03-14T12:12:41.357Z",
        "2025-03-14T12:12:41Z             | 2025-03-14T12:12:41Z",
        "2025-03-14T12:12:41.1234567Z     | 2025-03-14T12:12:41.1234567Z",
        "2025-03-14T09:12:41-0300         | 2025-03-14T12:12:41Z",
        "2025-03-14T09:12:41              | 2025-03-14T12:12:41Z",
        "2025-03-14T09:12:41.5            | 2025-03-14T12:12:41.500Z",
        "2025-03-14T09:12                 | 2025-03-14T12:12:00Z",
        "2025-03-14 09:12:41              | 2025-03-14T12:12:41Z",
        "2025-03-14 09:12:41.357          | 2025-03-14T12:12:41.357Z",
        "14/03/2025 09:12                 | 2025-03-14T12:12:00Z",
        "14/03/2025 09:12:41              | 2025-03-14T12:12:41Z",
        "14/03/2025                       | 2025-03-14T03:00:00Z",
        "2025-03-14                       | 2025-03-14T03:00:00Z",
        "/Date(1741954361000)/            | 2025-03-14T12:12:41Z",
        "/Date(1741954361000-0300)/       | 2025-03-14T12:12:41Z",
        "' 2025-03-14 09:12:41 '          | 2025-03-14T12:12:41Z",
        "2025-03-14T09:12:41.123456789-03:00 | 2025-03-14T12:12:41.123456789Z",
        "2025-03-14t09:12:41z             | 2025-03-14T09:12:41Z",
        "2025-03-14T09:12:41.-03:00       | 2025-03-14T12:12:41Z",
    })
    void readsEveryKnownFormat(String text, String expected) {
        assertThat(TempBoxDates.parse(text, SAO_PAULO)).isEqualTo(Instant.parse(expected));
    }

    /** Fields out of range are not read by the hand-written path but resolved by the formatters, as they always were. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-02-30T10:00:00              | 2025-02-28T13:00:00Z",
        "2025-03-14T24:00:00              | 2025-03-15T03:00:00Z",
    })
    void resolvesOutOfRangeFieldsAsTheFormattersDo(String text, String expected) {
        assertThat(TempBoxDates.parse(text, SAO_PAULO)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-03-14T09:12:41.1234567890Z", "2025-03-14T09:12:41+19:00", "ontem", "14-03-2025 09:12", "2025/03/14", "32/13/2025 10:00", "Date(abc)",
        "2025-03-14T25:00:00", "09:12", "" })
    void readsNothingElse(String text) {
        assertThat(TempBoxDates.parse(text, SAO_PAULO)).isNull();
    }
}
