package com.respondo.datacollection.policy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.UntrustedText;
import com.respondo.datacollection.Sentiment;
import com.respondo.datacollection.Urgency;
import com.respondo.privacy.BrazilianDocuments;

/** Normal forms of extracted values: lower-case e-mail, "+55" phone, 8-digit CEP, lenient enum names. */
final class ExtractedValueNormaliser {

    private ExtractedValueNormaliser() {
    }

    static @Nullable String email(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String email = UntrustedText.clean(raw).strip().toLowerCase(Locale.ROOT);
        if (email.startsWith("mailto:")) {
            email = email.substring("mailto:".length());
        }
        if (email.startsWith("<") && email.endsWith(">")) {
            email = email.substring(1, email.length() - 1);
        }
        return email.isEmpty() ? null : email;
    }

    /**
     * A Brazilian number as "+55" + DDD + number (10 or 11 digits, a mobile's number starting with 9), accepting a
     * "+55"/"55" country code, a trunk "0" and a carrier code; another country's number (with "+") as "+" and its
     * 8 to 15 digits; null when it is neither.
     */
    static @Nullable String phone(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = UntrustedText.clean(raw).strip();
        String digits = BrazilianDocuments.digitsOf(cleaned);
        if (cleaned.startsWith("+") && !digits.startsWith("55")) {
            return digits.length() >= 8 && digits.length() <= 15 ? "+" + digits : null;
        }
        String national = digits;
        if (national.startsWith("55") && (national.length() == 12 || national.length() == 13)) {
            national = national.substring(2);
        }
        else if (national.startsWith("0")) {
            national = national.substring(1);
            if (national.length() == 12 || national.length() == 13) {
                national = national.substring(2);
            }
        }
        return brazilian(national) ? "+55" + national : null;
    }

    private static boolean brazilian(String national) {
        if (national.length() != 10 && national.length() != 11) {
            return false;
        }
        boolean ddd = national.charAt(0) != '0' && national.charAt(1) != '0';
        char first = national.charAt(2);
        return ddd && (national.length() == 11 ? first == '9' : first >= '2');
    }

    static @Nullable String cep(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String digits = BrazilianDocuments.digitsOf(raw);
        return digits.length() == 8 && !digits.equals("00000000") ? digits : null;
    }

    static @Nullable Urgency urgency(@Nullable String raw) {
        String folded = raw == null ? "" : UntrustedText.fold(raw);
        if (folded.startsWith("baix")) {
            return Urgency.BAIXA;
        }
        if (folded.startsWith("medi")) {
            return Urgency.MEDIA;
        }
        return folded.startsWith("alt") ? Urgency.ALTA : null;
    }

    static @Nullable Sentiment sentiment(@Nullable String raw) {
        String folded = raw == null ? "" : UntrustedText.fold(raw);
        if (folded.startsWith("posit")) {
            return Sentiment.POSITIVO;
        }
        if (folded.startsWith("neutr")) {
            return Sentiment.NEUTRO;
        }
        return folded.startsWith("negat") ? Sentiment.NEGATIVO : null;
    }
}
