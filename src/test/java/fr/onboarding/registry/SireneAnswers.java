package fr.onboarding.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Answers of the SIRENE API for the stub, from the JSON fixtures in src/test/resources/registry. */
final class SireneAnswers {

    private SireneAnswers() {
    }

    static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody(fixture(fixture));
    }

    static ResponseDefinitionBuilder tooManyRequests() {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Rate limit exceeded\"}");
    }

    private static String fixture(String name) {
        try (InputStream in = SireneAnswers.class.getResourceAsStream("/registry/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
