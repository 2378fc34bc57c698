package com.respondo.tempbox;

import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

import io.micrometer.common.KeyValue;

/**
 * The observations of TempBox calls without the token: the {@code http.url} key (which tracing exports) carries
 * {@code token=***}; the metric's {@code uri} tag is the URI template already, with no values in it.
 */
final class MaskedUrlObservationConvention extends DefaultClientRequestObservationConvention {

    @Override
    protected KeyValue httpUrl(ClientRequestObservationContext context) {
        KeyValue url = super.httpUrl(context);
        String masked = SecretMasking.mask(url.getValue());
        return KeyValue.of(url.getKey(), (masked != null) ? masked : url.getValue());
    }
}
