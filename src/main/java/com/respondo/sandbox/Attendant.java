package com.respondo.sandbox;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An attendant of a sandbox company: the company's bot or a human, with the teams it belongs to and, for humans, the
 * weekly pattern of its agenda. TempBox uses the attendant's id as its Hash.
 */
record Attendant(UUID id, String key, String name, boolean human, List<String> teams, @Nullable Agenda agenda) {

    /** The weekly hours an attendant can be booked: ISO weekdays (1 = Monday) and start times. */
    record Agenda(Set<Integer> weekdays, List<LocalTime> hours) {
    }

    String firstName() {
        String plain = name.startsWith("Dra. ") || name.startsWith("Dr. ") ? name.substring(name.indexOf(' ') + 1) : name;
        int space = plain.indexOf(' ');
        return space < 0 ? plain : plain.substring(0, space);
    }

    boolean sharesTeamWith(Attendant other) {
        return teams.stream().anyMatch(other.teams()::contains);
    }
}
