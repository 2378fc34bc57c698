package com.respondo.logging;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.respondo.privacy.PiiMasker;
import com.respondo.privacy.SecretMasker;

/**
 * What the safety net replaces in a line: {@code token=VALUE} patterns, the configured secrets wherever they appear
 * verbatim, and (when switched on) customer PII. Cheap on the lines that hold none of them: a scan for "token", one
 * {@code contains} per secret, and a scan for {@code @}, {@code +} or eight digits before any PII pattern runs.
 *
 * @param secrets the secret values to mask verbatim, longest first (so that one that contains another is masked whole)
 * @param maskPii whether customer PII is masked too
 */
record LogMasks(List<String> secrets, boolean maskPii) {

    static final LogMasks DEFAULT = new LogMasks(List.of(), true);

    LogMasks {
        secrets = SecretMasker.maskable(secrets);
    }

    /** These masks with {@code more} secrets and the given PII switch. */
    LogMasks with(Set<String> more, boolean maskPii) {
        return new LogMasks(Stream.concat(this.secrets.stream(), more.stream())
            .collect(Collectors.toList()), maskPii);
    }

    /** The text with everything masked; an equal string when there was nothing to mask. */
    @Nullable String apply(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = SecretMasker.mask(text, this.secrets);
        return (this.maskPii && PiiMasker.mayContainPii(masked)) ? PiiMasker.mask(masked) : masked;
    }
}
