package com.respondo.replies.policy;

import com.respondo.replies.step.RepliesProperties;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;
import com.respondo.llm.PromptTemplateException;
import com.respondo.llm.PromptTemplates;

/**
 * The {@link OutgoingTextCheck}s of one tenant partition: the conversation's channel limit, every configured secret
 * ({@link com.respondo.privacy.ConfiguredSecrets}), the rendered system prompt of the step's prompt, whose quotable
 * parts (company context, hours, canned messages) may be repeated, and the tenant's output guard settings (allowed
 * link hosts, answer language). The system part is the same for every conversation of a tenant on one channel (its
 * canned menu is per channel), so each check is built once per prompt and channel; only the customer's language,
 * when the tenant allows answering in it, is added per conversation.
 */
public final class OutgoingChecks {

    private static final Logger log = LoggerFactory.getLogger(OutgoingChecks.class);

    private final PromptTemplates templates;

    private final TenantProfile tenant;

    private final List<String> secrets;

    private final RepliesProperties.TenantSettings guard;

    private final Map<String, OutgoingTextCheck> byPromptAndChannel = new ConcurrentHashMap<>();

    public OutgoingChecks(PromptTemplates templates, TenantProfile tenant, List<String> secrets,
            RepliesProperties.TenantSettings guard) {
        this.templates = templates;
        this.tenant = tenant;
        this.secrets = List.copyOf(secrets);
        this.guard = guard;
    }

    /** The check of texts answering the conversation through the prompt rendered with these variables. */
    OutgoingTextCheck forPrompt(String prompt, Map<String, Object> variables, Conversation conversation,
            CannedMenu menu) {
        String key = prompt + "/" + Objects.toString(conversation.plataforma(), "-");
        OutgoingTextCheck check = byPromptAndChannel.computeIfAbsent(key,
                ignored -> build(prompt, variables, conversation, menu));
        if (!guard.answerInCustomerLanguage()) {
            return check;
        }
        StringBuilder customer = new StringBuilder();
        conversation.customerMessages().forEach(message -> customer.append(message.text()).append('\n'));
        return check.inLanguages(guard.answerLanguages(LanguageGuess.of(customer.toString()).orElse(null)));
    }

    private OutgoingTextCheck build(String prompt, Map<String, Object> variables, Conversation conversation,
            CannedMenu menu) {
        OutgoingTextCheck check = OutgoingTextCheck.forChannel(tenant.channel(conversation.plataforma()))
            .withSecrets(secrets)
            .withTenantTexts(OutgoingTextCheck.tenantTexts(tenant, menu), guard.allowedLinkHosts())
            .inLanguages(guard.answerLanguages(null));
        try {
            String system = templates.render(prompt, tenant.tenantId(), variables).system();
            return check.withSystemPrompt(system, tenant, menu);
        }
        catch (PromptTemplateException ex) {
            log.error("Prompt {} of tenant {} cannot be rendered; outgoing texts are checked without it: {}", prompt,
                    tenant.tenantId(), ex.getMessage());
            return check;
        }
    }
}
