package fr.onboarding.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The title and the log-in of the public API's description (/v3/api-docs, /swagger-ui.html); springdoc reads the rest from the controllers. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    private static final String BASIC = "basic";

    @Bean
    OpenAPI onboardingApi() {
        return new OpenAPI()
                .info(new Info().title("Chorus Pro onboarding engine").version("1")
                        .description("Account creation, activation, structures and attachments, as the portal's pages use them. "
                                + "Errors are application/problem+json, with field errors in `errors`. "
                                + "`/api/me/**` takes the portal's HTTP Basic log-in (login e-mail and password); "
                                + "`/api/ops/**` an operator's Camunda user."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    /** The operations of an account (/api/me) and of operators (/api/ops) ask for a log-in; the others are open. */
    @Bean
    OpenApiCustomizer logInWhereNeeded() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/me") || path.startsWith("/api/ops")) {
                item.readOperations().forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(BASIC)));
            }
            if (path.startsWith("/api/ops")) {
                item.readOperations().forEach(operation -> operation.setDescription("Operators only (a Camunda user of group operators). "
                        + (operation.getDescription() == null ? "" : operation.getDescription())));
            }
        });
    }
}
