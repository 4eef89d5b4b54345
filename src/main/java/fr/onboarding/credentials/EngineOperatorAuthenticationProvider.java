package fr.onboarding.credentials;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Operators' endpoints: an engine user (as in Cockpit) of group {@code operators} or {@code camunda-admin}. */
@Component
class EngineOperatorAuthenticationProvider implements AuthenticationProvider {

    private static final List<String> OPERATOR_GROUPS = List.of("operators", "camunda-admin");

    private final IdentityService identity;

    EngineOperatorAuthenticationProvider(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        boolean operator = identity.checkPassword(user, password)
                && identity.createGroupQuery().groupMember(user).list().stream().anyMatch(g -> OPERATOR_GROUPS.contains(g.getId()));
        if (!operator) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_OPERATOR")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
