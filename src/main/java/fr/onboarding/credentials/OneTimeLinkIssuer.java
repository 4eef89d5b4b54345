package fr.onboarding.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.mail.MailLinkIssuer;

/**
 * Issues a mailed one-time link: a new token (only its hash stored) valid for the link's validity,
 * and the account's older links of the same kind die. Each kind of link is a subclass that only
 * says its name, its page, its validity and its table.
 */
public abstract class OneTimeLinkIssuer<T extends OneTimeLink> implements MailLinkIssuer {

    /** Makes the entity of a new link: id, account id, token hash, expiry. */
    public interface LinkFactory<T> {
        T create(String id, String accountId, String tokenHash, Instant expiresAt);
    }

    private final String name;
    private final JpaRepository<T, String> links;
    private final Function<String, List<T>> linksOfAccount;
    private final LinkFactory<T> factory;
    private final Supplier<String> pageUrl;
    private final Supplier<Duration> validity;
    private final Clock clock;

    /**
     * @param pageUrl where the link leads, e.g. {@code https://portal/activation/}; the token is appended
     */
    protected OneTimeLinkIssuer(String name, JpaRepository<T, String> links, Function<String, List<T>> linksOfAccount,
                                LinkFactory<T> factory, Supplier<String> pageUrl, Supplier<Duration> validity,
                                Clock clock) {
        this.name = name;
        this.links = links;
        this.linksOfAccount = linksOfAccount;
        this.factory = factory;
        this.pageUrl = pageUrl;
        this.validity = validity;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    @Transactional
    public IssuedLink issue(String accountId) {
        Instant now = clock.instant();
        linksOfAccount.apply(accountId).forEach(link -> link.revoke(now));
        String token = OneTimeTokens.newToken();
        Instant expiresAt = now.plus(validity.get());
        links.save(factory.create(UUID.randomUUID().toString(), accountId, OneTimeTokens.hash(token), expiresAt));
        return new IssuedLink(pageUrl.get() + token, expiresAt);
    }
}
