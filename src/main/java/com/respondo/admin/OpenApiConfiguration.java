package com.respondo.admin;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The admin API's OpenAPI description (springdoc: {@code /admin/api-docs}, Swagger UI at
 * {@code /admin/swagger-ui.html}), with HTTP Basic as its security scheme.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

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

    /**
     * Every error response the controllers declare (4xx, 5xx) is a problem detail, as {@link AdminProblems} writes
     * it: the controllers declare the status and when, this says the body once.
     */
    @Bean
    OpenApiCustomizer errorsAreProblemDetails() {
        return openApi -> {
            openApi.getComponents().addSchemas("ProblemDetail",
                    ModelConverters.getInstance().readAllAsResolvedSchema(ProblemDetail.class).schema);
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
            openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations()
                    .forEach(operation -> operation.getResponses().forEach((code, response) -> {
                        if (code.startsWith("4") || code.startsWith("5")) {
                            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                                    new MediaType().schema(problem)));
                        }
                    })));
        };
    }
}
