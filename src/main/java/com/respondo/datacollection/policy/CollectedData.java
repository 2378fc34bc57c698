package com.respondo.datacollection.policy;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import jakarta.validation.constraints.Size;

/**
 * The LLM's answer to {@code data-collection}: what the customer's messages say about the customer, every field
 * null when absent. Raw: {@link DataCollectionPolicy} validates and normalises it into {@link CustomerData}. The
 * limits only refuse garbage; the real checks come after.
 *
 * @param name the customer's name
 * @param email the customer's e-mail address
 * @param phone the customer's phone number
 * @param document the customer's CPF or CNPJ
 * @param cep the customer's CEP (postal code)
 * @param intent what the customer wants, in a few words
 * @param urgency BAIXA, MEDIA or ALTA
 * @param sentiment POSITIVO, NEUTRO or NEGATIVO
 * @param summary a short summary of the customer's messages
 */
public record CollectedData(
        @JsonProperty("name") @JsonPropertyDescription("Nome do cliente, ou null.")
        @Size(max = 1000) @Nullable String name,

        @JsonProperty("email") @JsonPropertyDescription("E-mail do cliente, ou null.")
        @Size(max = 1000) @Nullable String email,

        @JsonProperty("phone") @JsonPropertyDescription("Telefone do cliente com DDD, ou null.")
        @Size(max = 1000) @Nullable String phone,

        @JsonProperty("document") @JsonPropertyDescription("CPF ou CNPJ do cliente (só os dígitos), ou null.")
        @Size(max = 1000) @Nullable String document,

        @JsonProperty("cep") @JsonPropertyDescription("CEP do cliente (8 dígitos), ou null.")
        @Size(max = 1000) @Nullable String cep,

        @JsonProperty("intent") @JsonPropertyDescription("O que o cliente quer, em poucas palavras, ou null.")
        @Size(max = 5000) @Nullable String intent,

        @JsonProperty("urgency") @JsonPropertyDescription("BAIXA, MEDIA ou ALTA, ou null.")
        @Size(max = 1000) @Nullable String urgency,

        @JsonProperty("sentiment") @JsonPropertyDescription("POSITIVO, NEUTRO ou NEGATIVO, ou null.")
        @Size(max = 1000) @Nullable String sentiment,

        @JsonProperty("summary") @JsonPropertyDescription("Resumo curto (até 500 caracteres) das mensagens, ou null.")
        @Size(max = 20000) @Nullable String summary) {
}
