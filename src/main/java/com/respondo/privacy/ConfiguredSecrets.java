package com.respondo.privacy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The secret values of the configuration: every property whose name ends in password, secret, key or token, or
 * holds "credentials" (the admin password, the LLM key, every tenant's TempBox token, whatever the property source:
 * YAML, environment variables, tests). The one list of secrets that the log masking and the admin API's answers
 * both mask verbatim (see {@link SecretMasker#mask(String, java.util.List)}).
 */
public final class ConfiguredSecrets {

    private static final String[] SECRET_SUFFIXES = { "password", "secret", "key", "token" };

    private ConfiguredSecrets() {
    }

    /** The values of the properties whose names say they are secrets, stripped; blank ones left out. */
    public static Set<String> of(ConfigurableEnvironment environment) {
        Set<String> secrets = new HashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (namesASecret(name)) {
                        addValue(environment, name, secrets);
                    }
                }
            }
        }
        return secrets;
    }

    private static boolean namesASecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : SECRET_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return lower.contains("credentials");
    }

    private static void addValue(ConfigurableEnvironment environment, String name, Set<String> secrets) {
        try {
            String value = environment.getProperty(name);
            if (value != null && !value.isBlank()) {
                secrets.add(value.strip());
            }
        }
        catch (RuntimeException unresolvable) {
            // a placeholder that cannot be resolved yet: no value to mask
        }
    }
}
