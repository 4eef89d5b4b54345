package fr.onboarding.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import fr.onboarding.captcha.CaptchaSettings;

/** An {@code onboarding.*} key that no module reads stops the start-up, and says which. */
class UnknownSettingsCheckTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({PortalSettings.class, CaptchaSettings.class})
    @Import(UnknownSettingsCheck.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void knownKeysStartInEveryWrittenForm() {
        context.withPropertyValues("onboarding.public-base-url=https://portail.example", "onboarding.dataDir=/tmp/x",
                        "onboarding.captcha.enabled=false", "onboarding.captcha.validity=PT2M")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void aKeyUnderNoModuleFailsWithItsName() {
        context.withPropertyValues("onboarding.captcha.enabled=false", "onboarding.rate-limit.enabled=false")
                .run(started -> assertThat(started).getFailure().hasMessageContaining("onboarding.rate-limit.enabled"));
    }

    @Test
    void aMisspeltKeyUnderAModuleFailsWithItsName() {
        context.withPropertyValues("onboarding.captcha.enabeld=false")
                .run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining("onboarding.captcha.enabeld"));
    }
}
