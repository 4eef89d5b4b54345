package fr.onboarding.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.mail.MailLinkIssuer;

/**
 * Issues a mailed one-time link: a new token valid for the link's validity, and the account's
 * older links of the same kind die. Each kind of link is a subclass in the module that owns its
 * table: it says its name, its page and its validity, and stores and revokes its own links.
 */
public abstract class OneTimeLinkIssuer implements MailLinkIssuer {

    private final String name;
    private final Supplier<String> pageUrl;
    private final Supplier<Duration> validity;
    private final Clock clock;
    private final LinkTokens tokens;

    /**
     * @param pageUrl where the link leads, e.g. {@code https://portal/activation/}; the token is appended
     */
    protected OneTimeLinkIssuer(String name, Supplier<String> pageUrl, Supplier<Duration> validity, Clock clock,
                                LinkTokens tokens) {
        this.name = name;
        this.pageUrl = pageUrl;
        this.validity = validity;
        this.clock = clock;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    @Transactional
    public IssuedLink issue(String accountId, String retryKey) {
        Instant now = clock.instant();
        revokeLinksOf(accountId, now);
        String token = tokens.newToken(name, retryKey);
        Instant expiresAt = now.plus(validity.get());
        store(accountId, OneTimeTokens.hash(token), expiresAt);
        return new IssuedLink(pageUrl.get() + token, expiresAt);
    }

    /** The account's links of this kind that are still usable die now. */
    protected abstract void revokeLinksOf(String accountId, Instant now);

    /** Stores a new link by its token's hash only. */
    protected abstract void store(String accountId, String tokenHash, Instant expiresAt);
}
