package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.onboarding.mail.MailSettings;

class LinkTokensTest {

    private static LinkTokens withKey(String key) {
        return new LinkTokens(new MailSettings("from@example.org", "R3/PT1M", key));
    }

    private final LinkTokens tokens = withKey("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY");

    @Test
    void oneMailsRetriesGetTheSameTokenAndOtherMailsOthers() {
        String token = tokens.newToken("activation", "job-1.SendActivationLinkMail");

        assertThat(tokens.newToken("activation", "job-1.SendActivationLinkMail")).isEqualTo(token).hasSize(43);
        assertThat(tokens.newToken("activation", "job-2.SendActivationLinkMail")).isNotEqualTo(token);
        assertThat(tokens.newToken("passwordReset", "job-1.SendActivationLinkMail")).isNotEqualTo(token);
        assertThat(withKey("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA").newToken("activation", "job-1.SendActivationLinkMail"))
                .isNotEqualTo(token);
    }

    @Test
    void withoutARetryKeyATokenIsRandom() {
        assertThat(tokens.newToken("activation", null)).isNotEqualTo(tokens.newToken("activation", null));
    }

    @Test
    void aShortMissingOrMalformedKeyIsRefusedAtStartUpNamingTheSetting() {
        assertThatThrownBy(() -> withKey("c2hvcnQ=")).hasMessageContaining("onboarding.mail.link-key");
        assertThatThrownBy(() -> withKey(null)).hasMessageContaining("onboarding.mail.link-key");
        assertThatThrownBy(() -> withKey("not*base64!!")).hasMessageContaining("onboarding.mail.link-key");
    }

    @Test
    void aKeyWrittenOverSeveralLinesIsOneKey() {
        assertThat(withKey("MDEyMzQ1Njc4OWFiY2Rl\nZjAxMjM0NTY3ODlhYmNkZWY=\n").newToken("activation", "job-1.SendActivationLinkMail"))
                .isEqualTo(tokens.newToken("activation", "job-1.SendActivationLinkMail"));
    }
}
