package fr.onboarding.credentials;

import java.util.concurrent.atomic.AtomicReference;

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

/** Portal log-in (form and HTTP Basic) under the lockout of {@link LoginGuard}. */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginGuard guard;

    LockingAuthenticationProvider(UserDetailsService portalAccounts, PasswordEncoder encoder, LoginGuard guard) {
        this.passwords = new DaoAuthenticationProvider(portalAccounts);
        this.passwords.setPasswordEncoder(encoder);
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        AtomicReference<Authentication> authenticated = new AtomicReference<>();
        boolean success = guard.attempt(authentication.getName(), clientAddress, () -> {
            try {
                authenticated.set(passwords.authenticate(authentication));
                return true;
            } catch (AuthenticationException wrong) {
                return false;
            }
        });
        if (!success) {
            throw new BadCredentialsException("Bad credentials");
        }
        return authenticated.get();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
