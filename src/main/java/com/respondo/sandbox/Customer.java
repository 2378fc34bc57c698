package com.respondo.sandbox;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A customer (Solicitante) of a sandbox company, with the contact details that TempBox's lists show. */
record Customer(UUID id, UUID hash, String name, @Nullable String email, @Nullable String phone, @Nullable String city) {

    private static final String[] COLORS = { "#1abc9c", "#3498db", "#9b59b6", "#e67e22", "#e74c3c", "#2ecc71", "#34495e" };

    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    String initials() {
        String[] parts = name.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    String color() {
        return COLORS[Math.floorMod(id.hashCode(), COLORS.length)];
    }
}
