package fr.onboarding.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import fr.onboarding.mail.MailSettings;

/**
 * The tokens of mailed links. A mail job that is retried (its transaction failed, or its node died,
 * after SMTP took the mail) must mail the same link again, else the first mail's link is dead: its
 * token is then an HMAC of the job's key under {@code onboarding.mail.link-key}, the same at every
 * attempt and unguessable without the key. Outside a job, a token is plain random.
 */
@Component
public class LinkTokens {

    private static final int MIN_KEY_BYTES = 32;
    private static final String KEY_FORM = "onboarding.mail.link-key (ONBOARDING_MAIL_LINK_KEY, or the generated file"
            + " mail-link-key.txt in onboarding.data-dir) must be at least " + MIN_KEY_BYTES + " bytes in Base64";

    private final SecretKeySpec key;

    LinkTokens(MailSettings settings) {
        byte[] bytes = decoded(settings.linkKey());
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(KEY_FORM);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Base64 or its URL-safe form (as generated), padded or not, over several lines or one. */
    private static byte[] decoded(String key) {
        if (key == null) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(key.replaceAll("\\s", "").replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(KEY_FORM + ": " + notBase64.getMessage());
        }
    }

    /**
     * @param retryKey the same at every attempt of one mail (see {@code MailLinkIssuer}), or null
     */
    public String newToken(String linkName, String retryKey) {
        if (retryKey == null) {
            return OneTimeTokens.newToken();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] token = mac.doFinal((linkName + '\n' + retryKey).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
