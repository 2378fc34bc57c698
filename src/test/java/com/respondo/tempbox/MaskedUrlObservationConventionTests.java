package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;

import io.micrometer.common.KeyValue;

/** Observations of TempBox calls (metrics and traces) never carry the token. */
class MaskedUrlObservationConventionTests {

    @Test
    void theHttpUrlOfAnObservationHasTheTokenMasked() {
        ClientRequest.Builder request = ClientRequest.create(HttpMethod.POST, URI.create(
                "http://127.0.0.1:8080/api/Atendimento/Listar?token=tbx-SeCrEt-7Q2vK9wZ&json="));
        ClientRequestObservationContext context = new ClientRequestObservationContext(request);
        context.setUriTemplate("/api/Atendimento/Listar?token={token}&json={json}");
        context.setRequest(request.build());

        MaskedUrlObservationConvention convention = new MaskedUrlObservationConvention();

        assertThat(convention.getHighCardinalityKeyValues(context)).extracting(KeyValue::getValue)
            .contains("http://127.0.0.1:8080/api/Atendimento/Listar?token=***&json=")
            .noneMatch(value -> value.contains("SeCrEt"));
        assertThat(convention.getLowCardinalityKeyValues(context)).extracting(KeyValue::getValue)
            .noneMatch(value -> value.contains("SeCrEt"));
    }
}
