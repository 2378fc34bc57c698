package com.respondo.replies.step;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;

import com.respondo.replies.policy.OutgoingTextCheck;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

/**
 * The secret values no outgoing text may contain: every tenant's TempBox token, the LLM API key and the admin
 * password, as configured; the {@link OutgoingTextCheck} refuses a text that carries one.
 */
public final class ReplySecrets {

    private static final List<String> SECRET_PROPERTIES = List.of("spring.ai.openai.api-key",
            "spring.ai.openai.chat.api-key", "respondo.admin.password");

    private ReplySecrets() {
    }

    /** The configured secret values, blank ones left out. */
    static List<String> of(Tenants tenants, Environment environment) {
        List<String> secrets = new ArrayList<>();
        for (Tenant tenant : tenants.all()) {
            secrets.add(tenant.token());
        }
        for (String property : SECRET_PROPERTIES) {
            String value = environment.getProperty(property);
            if (value != null && !value.isBlank()) {
                secrets.add(value);
            }
        }
        return List.copyOf(secrets);
    }
}
