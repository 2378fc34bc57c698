package com.respondo.tempbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call as the reference defines it: {@code POST {base}/api/Atendimento/{operation}?token=…} followed by the
 * operation's own query parameters ({@code json}, {@code Hash}, or none).
 *
 * @param operation the operation, as the reference spells it
 * @param tenant whose token the call carries
 * @param parameters the query parameters after the token, in order, not yet encoded
 */
record TempBoxCall(String operation, Tenant tenant, Map<String, String> parameters) {

    static final String PATH = "/api/Atendimento/";

    static TempBoxCall json(String operation, Tenant tenant, String json) {
        return new TempBoxCall(operation, tenant, Map.of("json", json));
    }

    static TempBoxCall withoutParameters(String operation, Tenant tenant) {
        return json(operation, tenant, "");
    }

    static TempBoxCall hash(String operation, Tenant tenant, String hash) {
        return new TempBoxCall(operation, tenant, Map.of("Hash", hash));
    }

    static TempBoxCall tokenOnly(String operation, Tenant tenant) {
        return new TempBoxCall(operation, tenant, Map.of());
    }

    /** The URI template, whose variables are encoded strictly (every reserved character escaped) when expanded. */
    String uriTemplate() {
        StringBuilder template = new StringBuilder(PATH).append(this.operation).append("?token={token}");
        this.parameters.keySet().forEach(name -> template.append('&').append(name).append("={").append(name).append('}'));
        return template.toString();
    }

    Map<String, String> uriVariables() {
        Map<String, String> variables = new LinkedHashMap<>(this.parameters);
        variables.put("token", this.tenant.token());
        return variables;
    }

    /** The URL for a log line: the token masked, the values cut to {@code maxValue} characters. */
    String maskedUrl(String baseUrl, int maxValue) {
        StringBuilder url = new StringBuilder(baseUrl).append(PATH).append(this.operation).append("?token=")
            .append(SecretMasking.MASK);
        this.parameters.forEach((name, value) -> url.append('&').append(name).append('=')
            .append(maxValue > 0 ? SecretMasking.excerpt(value, this.tenant.token(), maxValue)
                    : "(" + value.length() + " chars)"));
        return url.toString();
    }
}
