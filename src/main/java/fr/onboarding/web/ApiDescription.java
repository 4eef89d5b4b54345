package fr.onboarding.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
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
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas("ProblemDetail", new ObjectSchema()
                                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                                .addProperty("instance", new StringSchema())
                                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                                        .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())))));
    }

    /**
     * The operations of an account (/api/me) and of operators (/api/ops) ask for a log-in; the others
     * are open. Every operation's errors are problem+json (RFC 9457), with field errors in {@code errors}.
     */
    @Bean
    OpenApiCustomizer logInWhereNeededAndProblems() {
        return api -> api.getPaths().forEach((path, item) -> {
            item.readOperations().forEach(operation -> operation.getResponses().addApiResponse("4XX", problem(
                    "Refused: invalid input (400, with field errors), unknown (404), conflict (409), no longer valid (410),"
                            + " not eligible (422), too many requests (429)")));
            if (path.startsWith("/api/me") || path.startsWith("/api/ops")) {
                item.readOperations().forEach(operation -> {
                    operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
                    operation.getResponses().addApiResponse("401", problem("Not logged in"));
                });
            }
            if (path.startsWith("/api/ops")) {
                item.readOperations().forEach(operation -> operation.setDescription("Operators only (a Camunda user of group operators). "
                        + (operation.getDescription() == null ? "" : operation.getDescription())));
            }
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }
}
