package fr.onboarding.account.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountStatus;
import fr.onboarding.credentials.OneTimeTokens;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;

/**
 * Following the link mailed to a requested login e-mail: it proves the address, which becomes the
 * login. Showing the link never uses it; confirming does, once. A link outlived by a newer request,
 * used, expired, or for an account that is no longer active is refused like an unknown one.
 */
@Service
class LoginEmailChanges {

    private final LoginEmailChangeTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    LoginEmailChanges(LoginEmailChangeTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The address the link would make the login, with the account's language for the page. */
    @Transactional(readOnly = true)
    Requested describe(String token) {
        LoginEmailChangeToken link = tokens.findByTokenHash(OneTimeTokens.hash(token)).filter(t -> t.isUsable(clock.instant()))
                .orElseThrow(LoginEmailChanges::refused);
        return new Requested(link.getNewLoginEmail(), accountWaitingFor(link).getLanguage());
    }

    @Transactional
    Requested confirm(String token) {
        Instant now = clock.instant();
        LoginEmailChangeToken link = tokens.findForUpdate(OneTimeTokens.hash(token)).filter(t -> t.isUsable(now))
                .orElseThrow(LoginEmailChanges::refused);
        Account account = accountWaitingFor(link);
        if (accounts.existsByLoginEmail(link.getNewLoginEmail())) {
            throw new RefusedException(Reason.ALREADY_EXISTS, "loginEmailChange.taken");
        }
        account.changeLoginEmail(link.getNewLoginEmail());
        link.markUsed(now);
        tokens.findByAccountId(account.getId()).forEach(other -> other.revoke(now));
        return new Requested(link.getNewLoginEmail(), account.getLanguage());
    }

    private Account accountWaitingFor(LoginEmailChangeToken link) {
        return accounts.findById(link.getAccountId())
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE && link.getNewLoginEmail().equals(a.getPendingLoginEmail()))
                .orElseThrow(LoginEmailChanges::refused);
    }

    private static RefusedException refused() {
        return new RefusedException(Reason.NO_LONGER_VALID, "loginEmailChange.refused");
    }

    /** The login e-mail a link is for, and the language of its account. */
    record Requested(String newLoginEmail, String language) {
    }
}
