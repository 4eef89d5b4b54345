package fr.onboarding.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.mail.MailLinkIssuer;

/**
 * Issues a mailed one-time link: a new token (only its hash stored) valid for the link's validity,
 * and the account's older links of the same kind die.
 */
public abstract class OneTimeLinkIssuer<T extends OneTimeLink> implements MailLinkIssuer {

    private final JpaRepository<T, String> links;
    private final Clock clock;

    protected OneTimeLinkIssuer(JpaRepository<T, String> links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** Where the link leads, e.g. {@code https://portal/activation/}; the token is appended. */
    protected abstract String pageUrl();

    protected abstract Duration validity();

    protected abstract List<T> linksOf(String accountId);

    protected abstract T newLink(String id, String accountId, String tokenHash, Instant expiresAt);

    @Override
    @Transactional
    public IssuedLink issue(String accountId) {
        Instant now = clock.instant();
        linksOf(accountId).forEach(link -> link.revoke(now));
        String token = OneTimeTokens.newToken();
        Instant expiresAt = now.plus(validity());
        links.save(newLink(UUID.randomUUID().toString(), accountId, OneTimeTokens.hash(token), expiresAt));
        return new IssuedLink(pageUrl() + token, expiresAt);
    }
}
