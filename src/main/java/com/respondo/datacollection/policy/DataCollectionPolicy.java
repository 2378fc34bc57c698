package com.respondo.datacollection.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.respondo.privacy.BrazilianDocuments;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.HistoryWindow;
import com.respondo.conversation.Message;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.conversation.UntrustedText;

/**
 * data-collection's domain: which customer messages still need reading, the prompt's variables, and the validation
 * of the LLM's {@link CollectedData} into {@link CustomerData}. Contact data and documents are kept only when valid
 * (CPF/CNPJ check digits, e-mail syntax, Brazilian phone shape, 8-digit CEP) and when they appear in the customer's
 * messages, so a value the LLM made up is dropped.
 */
public final class DataCollectionPolicy {

    public static final String COMPANY = "company";
    public static final String CUSTOMER_MESSAGES = "customerMessages";

    private static final int MAX_NAME = 120;
    private static final int MAX_INTENT = 200;
    private static final int MAX_SUMMARY = 500;

    private final ReplySettings settings;

    /** A policy whose prompt text fits the settings' token budget. */
    public DataCollectionPolicy(ReplySettings settings) {
        this.settings = settings;
    }

    /** The customer messages of the conversation not yet collected, oldest first. */
    public List<Message> uncollected(Conversation conversation, Set<String> collectedMessageIds) {
        Set<String> collected = new HashSet<>();
        collectedMessageIds.forEach(id -> collected.add(id.toLowerCase(Locale.ROOT)));
        return conversation.customerMessages().stream()
                .filter(message -> !collected.contains(message.id().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * data-collection: company, customerMessages (the messages' texts, one per line, within the budget; PII masked
     * when the tenant asks for it, in which case only intent, urgency, sentiment and summary can come back).
     */
    public Map<String, Object> promptVariables(TenantProfile tenant, List<Message> messages) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(COMPANY, tenant.companyForPrompts());
        String texts = new HistoryWindow(settings, tenant).texts(messages);
        variables.put(CUSTOMER_MESSAGES, texts.isEmpty() ? "(nenhuma mensagem)" : texts);
        return Collections.unmodifiableMap(variables);
    }

    /**
     * The validated customer data of the LLM's answer for these source messages; empty when there is no answer, no
     * source, or nothing valid in it.
     */
    public Optional<CustomerData> toCustomerData(@Nullable CollectedData data, List<Message> sources) {
        if (data == null || sources.isEmpty()) {
            return Optional.empty();
        }
        Sources said = new Sources(sources);
        List<String> ids = new ArrayList<>();
        sources.forEach(message -> ids.add(message.id()));
        Document document = document(data.document(), said);
        CustomerData customer = new CustomerData(
                text(data.name(), MAX_NAME, false),
                Fields.valid("email", said.mentionsText(ExtractedValueNormaliser.email(data.email()))),
                Fields.valid("phone", said.mentionsNumber(ExtractedValueNormaliser.phone(data.phone()))),
                Fields.valid("cpf", document.cpf()),
                Fields.valid("cnpj", document.cnpj()),
                Fields.valid("cep", said.mentionsNumber(ExtractedValueNormaliser.cep(data.cep()))),
                text(data.intent(), MAX_INTENT, true),
                ExtractedValueNormaliser.urgency(data.urgency()),
                ExtractedValueNormaliser.sentiment(data.sentiment()),
                text(data.summary(), MAX_SUMMARY, true),
                ids);
        return customer.isEmpty() ? Optional.empty() : Optional.of(customer);
    }

    /** The document as a CPF or a CNPJ, by its length and check digits, when the customer mentioned it. */
    private static Document document(@Nullable String raw, Sources said) {
        String digits = raw == null ? "" : BrazilianDocuments.digitsOf(raw);
        if (said.mentionsNumber(digits) == null) {
            return Document.NONE;
        }
        if (BrazilianDocuments.isValidCpf(digits)) {
            return new Document(digits, null);
        }
        return BrazilianDocuments.isValidCnpj(digits) ? new Document(null, digits) : Document.NONE;
    }

    private static @Nullable String text(@Nullable String raw, int max, boolean cut) {
        if (raw == null) {
            return null;
        }
        String line = UntrustedText.oneLine(raw);
        if (line.isEmpty() || line.equalsIgnoreCase("null") || !cut && line.length() > max) {
            return null;
        }
        return UntrustedText.truncate(line, max, "…");
    }

    /** A CPF or a CNPJ, or neither. */
    private record Document(@Nullable String cpf, @Nullable String cnpj) {

        static final Document NONE = new Document(null, null);
    }

    /** What the source messages say, to ground the extracted values. */
    private static final class Sources {

        private final List<String> lowerTexts = new ArrayList<>();
        private final List<String> digits = new ArrayList<>();

        Sources(List<Message> messages) {
            for (Message message : messages) {
                lowerTexts.add(UntrustedText.clean(message.text()).toLowerCase(Locale.ROOT));
                digits.add(BrazilianDocuments.digitsOf(message.text()));
            }
        }

        /** The value when a message contains it (ignoring case), else null. */
        @Nullable String mentionsText(@Nullable String value) {
            return value != null && lowerTexts.stream().anyMatch(text -> text.contains(value)) ? value : null;
        }

        /**
         * The value when a message's digits contain its digits (a "+55" country code may be left out), else null.
         */
        @Nullable String mentionsNumber(@Nullable String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            String wanted = BrazilianDocuments.digitsOf(value);
            String national = value.startsWith("+55") ? wanted.substring(2) : wanted;
            return digits.stream().anyMatch(text -> text.contains(national)) ? value : null;
        }
    }
}
