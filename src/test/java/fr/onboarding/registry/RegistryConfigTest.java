package fr.onboarding.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

/** Settings and the choice of registry, in a context holding only the registry's configuration. */
class RegistryConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RegistryConfig.class)
            .withBean(RestClient.Builder.class, RestClient::builder)
            .withBean(Clock.class, Clock::systemUTC);

    /** Which registry answers, as operators' health check names it. */
    private static Object source(org.springframework.context.ApplicationContext app) {
        return app.getBean(RegistryHealth.class).health().getDetails().get("source");
    }

    @Test
    void withoutAnApiKeyTheSampleDirectoryAnswers() {
        context.run(app -> assertThat(source(app)).isEqualTo("sample directory"));
    }

    @Test
    void blankApiKeyCountsAsNone() {
        context.withPropertyValues("onboarding.sirene.api-key= ")
                .run(app -> assertThat(source(app)).isEqualTo("sample directory"));
    }

    @Test
    void withAnApiKeyTheSireneApiAnswers() {
        context.withPropertyValues("onboarding.sirene.api-key=some-key")
                .run(app -> assertThat(source(app)).isEqualTo("https://api.insee.fr/api-sirene/3.11"));
    }

    @Test
    void defaultsFollowThePublicPlan() {
        context.run(app -> assertThat(app.getBean(SireneProperties.class)).isEqualTo(new SireneProperties(
                "https://api.insee.fr/api-sirene/3.11", "", 30, Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
                Duration.ofSeconds(5))));
    }

    @Test
    void settingsBindFromTheirKebabCaseKeys() {
        context.withPropertyValues("onboarding.sirene.requests-per-minute=10", "onboarding.sirene.max-retries-on-429=4",
                        "onboarding.sirene.max-wait=PT1S")
                .run(app -> assertThat(app.getBean(SireneProperties.class))
                        .returns(10, SireneProperties::requestsPerMinute)
                        .returns(4, SireneProperties::maxRetriesOn429)
                        .returns(Duration.ofSeconds(1), SireneProperties::maxWait));
    }

    @Test
    void apiKeyIsMaskedWhenTheSettingsArePrinted() {
        SireneProperties properties = new SireneProperties("https://sirene.test", "secret-key-123", 30,
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofSeconds(5));

        assertThat(properties.toString()).doesNotContain("secret-key-123").contains("https://sirene.test");
    }
}
