package com.respondo.tempbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.web.util.UriUtils;

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

    /** The template of the call's URI up to the token's value: {@code PATH + operation + "?token="}. */
    static String tokenPrefixTemplate(String operation) {
        return PATH + operation + "?token=";
    }

    /**
     * The call's URI: {@code tokenPrefix} (the base URL and {@link #tokenPrefixTemplate}, as the URI template
     * encoding writes them) followed by the token and the parameters, each value encoded strictly (every character
     * but the unreserved ones escaped), as a URI template's variables are.
     */
    URI uri(String tokenPrefix) {
        StringBuilder uri = new StringBuilder(tokenPrefix).append(strict(this.tenant.token()));
        this.parameters.forEach((name, value) -> uri.append('&').append(name).append('=').append(strict(value)));
        return URI.create(uri.toString());
    }

    private static String strict(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
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
