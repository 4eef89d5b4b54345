package fr.onboarding.account.internal;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import fr.onboarding.account.AccountStatus;
import fr.onboarding.account.PortalUser;
import fr.onboarding.shared.EmailAddresses;

/** Log-in with the login e-mail and the password set at activation; only active accounts get in. */
@Service
class AccountLogin implements UserDetailsService {

    private final AccountRepository accounts;

    AccountLogin(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String loginEmail) {
        if (!EmailAddresses.couldBeLogin(loginEmail)) {
            throw new UsernameNotFoundException("not a login e-mail");
        }
        Account account = accounts.findByLoginEmail(loginEmail.strip().toLowerCase(Locale.ROOT))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new UsernameNotFoundException("no active account"));
        return new PortalUser(account.getId(), account.getLoginEmail(), account.getPasswordHash());
    }
}
