package com.respondo.tempbox;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * The TempBox beans: the tenants, the client (decorated by the application's {@link TempBoxCallDecorator} beans,
 * in their order, the first outermost), and the actuator rule that masks every {@code *token} property in
 * {@code /actuator/env} and {@code /actuator/configprops}, whatever their {@code show-values} setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TempBoxProperties.class)
class TempBoxConfiguration {

    @Bean
    Tenants tenants(TempBoxProperties properties) {
        return new Tenants(properties.tenants());
    }

    @Bean
    TempBoxClient tempBoxClient(TempBoxProperties properties, ObjectProvider<WebClient.Builder> builders,
            ObjectProvider<TempBoxCallDecorator> decorators) {
        return new WebClientTempBoxClient(properties, builders.getIfAvailable(WebClient::builder),
                compose(decorators.orderedStream().toList()));
    }

    @Bean
    NewMessageStream newMessageStream(TempBoxProperties properties, ObjectProvider<WebClient.Builder> builders) {
        return new WebClientNewMessageStream(properties, builders.getIfAvailable(WebClient::builder));
    }

    /**
     * The application's decorators as one, the first in order outermost (metrics around protection, for example).
     */
    static TempBoxCallDecorator compose(List<TempBoxCallDecorator> decorators) {
        TempBoxCallDecorator composed = TempBoxCallDecorator.identity();
        for (int i = decorators.size() - 1; i >= 0; i--) {
            TempBoxCallDecorator outer = decorators.get(i);
            TempBoxCallDecorator inner = composed;
            composed = new TempBoxCallDecorator() {

                @Override
                public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                    return outer.decorate(operation, tenant, inner.decorate(operation, tenant, call));
                }
            };
        }
        return composed;
    }

    @Bean
    SanitizingFunction tempBoxTokenSanitizer() {
        return SanitizingFunction.sanitizeValue().ifKeyEndsWith("token");
    }
}
