package fr.onboarding.credentials;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Portal log-in (form and HTTP Basic): the password is checked even while locked, so that a lock
 * shows neither in the answer nor in its timing; a locked or wrong log-in is the same "bad
 * credentials". Attempts during a lock are not counted: waiting it out is enough.
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginFailures failures;

    LockingAuthenticationProvider(UserDetailsService portalAccounts, PasswordEncoder encoder, LoginFailures failures) {
        this.passwords = new DaoAuthenticationProvider(portalAccounts);
        this.passwords.setPasswordEncoder(encoder);
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String loginEmail = authentication.getName();
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        boolean locked = failures.isLocked(loginEmail, clientAddress);
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(authentication);
        } catch (AuthenticationException wrong) {
            if (!locked) {
                failures.failed(loginEmail, clientAddress);
            }
            throw new BadCredentialsException("Bad credentials");
        }
        if (locked) {
            throw new BadCredentialsException("Bad credentials");
        }
        failures.clear(loginEmail);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
