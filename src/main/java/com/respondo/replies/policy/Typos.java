package com.respondo.replies.policy;

/** Whether two words are at most one typo apart: one letter added, dropped, changed, or two swapped. */
final class Typos {

    private Typos() {
    }

    static boolean withinOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1)) || swapped(a, b, i);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static boolean swapped(String a, String b, int i) {
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
