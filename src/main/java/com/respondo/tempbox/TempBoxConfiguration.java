package com.respondo.tempbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The TempBox beans: the tenants, the client (decorated by the application's {@link TempBoxCallDecorator} bean when
 * there is one), and the actuator rule that masks every {@code *token} property in {@code /actuator/env} and
 * {@code /actuator/configprops}, whatever their {@code show-values} setting.
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
                decorators.getIfAvailable(TempBoxCallDecorator::identity));
    }

    @Bean
    SanitizingFunction tempBoxTokenSanitizer() {
        return SanitizingFunction.sanitizeValue().ifKeyEndsWith("token");
    }
}
