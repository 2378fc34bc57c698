package com.respondo.admin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin API's OpenAPI description (springdoc: {@code /admin/api-docs}, Swagger UI at
 * {@code /admin/swagger-ui.html}), with HTTP Basic as its security scheme.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI respondoAdminApi() {
        return new OpenAPI()
            .info(new Info().title("Respondo admin API")
                .description("Jobs, executions, conversations and collected data of Respondo. Errors are RFC 9457 "
                        + "problem details (application/problem+json).")
                .version("v1"))
            .components(new Components().addSecuritySchemes("basic",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
