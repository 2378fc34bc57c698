package com.respondo.conversation;

import org.jspecify.annotations.Nullable;

/** Compares TempBox ids, which are GUIDs that different operations may spell in different letter cases. */
public final class Ids {

    private Ids() {
    }

    public static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}
