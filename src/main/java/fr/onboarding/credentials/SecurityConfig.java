package fr.onboarding.credentials;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import fr.onboarding.web.LoginRateLimitFilter;
import fr.onboarding.web.PageHeaders;
import fr.onboarding.web.Problems;
import fr.onboarding.web.RateLimits;

/**
 * Four doors. Operators' endpoints: engine users of group {@code operators}. The JSON API: public
 * for registration, activation, password reset and support tickets; otherwise a portal account by
 * HTTP Basic or by the portal's session (then with a CSRF token). The engine's webapps and REST
 * API: their own log-in (Camunda's filters), untouched here. The portal's pages: form log-in, CSRF;
 * anything not listed is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String OPERATOR_LOG_IN = "Log in with the Camunda user and password of an operator.";
    private static final String PORTAL_LOG_IN = "Log in with your login e-mail and password.";

    @Bean
    @Order(0)
    SecurityFilterChain operators(HttpSecurity http, EngineOperatorAuthenticationProvider operators, RateLimits rateLimits,
                                  Problems problems) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/ops/**"), path("/actuator/**")))
                .addFilterBefore(new CrossSiteRefusal(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginRateLimitFilter(rateLimits), BasicAuthenticationFilter.class)
                .authenticationManager(new ProviderManager(operators))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("OPERATOR"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(OPERATOR_LOG_IN)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(OPERATOR_LOG_IN)))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, RateLimits rateLimits, LockingAuthenticationProvider portalAccounts,
                            SessionRegistry sessions) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authenticationManager(new ProviderManager(portalAccounts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/captcha").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/accounts", "/api/support-tickets").permitAll()
                        .requestMatchers("/api/activations/**", "/api/password-resets", "/api/password-resets/**",
                                "/api/login-email-changes/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/structures/lookup", "/api/structures/identifier-types").permitAll()
                        .anyRequest().authenticated())
                // The portal's session is a cookie, so a call riding on it needs a CSRF token; a call
                // without session, with its own HTTP Basic credentials (then the session is not used)
                // or to a public endpoint has nothing to forge.
                .securityContext(context -> context.securityContextRepository(new BasicOrSession()))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> request.getSession(false) == null
                                || BasicOrSession.bringsBasicCredentials(request))
                        .ignoringRequestMatchers("/api/accounts", "/api/activations/**", "/api/password-resets",
                                "/api/password-resets/**", "/api/support-tickets", "/api/login-email-changes/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterBefore(new LoginRateLimitFilter(rateLimits), BasicAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                // A session ended by a new password is refused here too (the API never opens sessions itself).
                .addFilterBefore(new ConcurrentSessionFilter(sessions, expired -> unauthorized(PORTAL_LOG_IN).commence(expired.getRequest(),
                        expired.getResponse(), null)), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(PORTAL_LOG_IN)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(PORTAL_LOG_IN)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engine(HttpSecurity http, RateLimits rateLimits) throws Exception {
        // Path matchers, not MVC ones: these requests are served by the engine's servlets, not by Spring MVC.
        return http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/engine-rest/**")))
                .addFilterBefore(new LoginRateLimitFilter(rateLimits), AuthorizationFilter.class)
                // Messages and signals come from the application itself; through the REST API their
                // answers would tell whether a registration (so an address) exists.
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/engine-rest/message"), path("/engine-rest/signal")).denyAll()
                        .anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, RateLimits rateLimits, LockingAuthenticationProvider portalAccounts,
                              AuthenticationSuccessHandler loggedIn, SessionRegistry sessions) throws Exception {
        return http
                .authenticationManager(new ProviderManager(portalAccounts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/logout", "/activation/**", "/password-reset", "/password-reset/**",
                                "/login-email-change/**", "/register", "/register/**", "/support", "/support/**",
                                "/dev/mails", "/error", "/css/**", "/js/**", "/favicon.ico",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PageHeaders.CONTENT_SECURITY_POLICY))
                        // Activation, reset and e-mail change pages carry a token in their address.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new LoginRateLimitFilter(rateLimits), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                // Only an account page is worth returning to after the log-in; saving any other
                // address would store a session row (with the request's headers) per anonymous visit.
                .requestCache(cache -> cache.requestCache(accountPagesOnly()))
                .exceptionHandling(e -> e.authenticationEntryPoint(logInOrNotFound())
                        // Logged in, an address that is no page is not found either; a missing CSRF token is refused.
                        .accessDeniedHandler((request, response, denied) -> response.sendError(denied instanceof CsrfException
                                ? HttpStatus.FORBIDDEN.value() : HttpStatus.NOT_FOUND.value())))
                .formLogin(form -> form.loginPage("/login").usernameParameter("loginEmail")
                        .successHandler(loggedIn).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    private static HttpSessionRequestCache accountPagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new OrRequestMatcher(path("/account"), path("/account/**")));
        return cache;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** A visitor is sent to log in for the pages of an account; any other address is a page that does not exist. */
    private static AuthenticationEntryPoint logInOrNotFound() {
        RequestMatcher accountPages = new OrRequestMatcher(path("/account"), path("/account/**"));
        AuthenticationEntryPoint logIn = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (accountPages.matches(request)) {
                logIn.commence(request, response, exception);
            } else {
                response.sendError(HttpStatus.NOT_FOUND.value());
            }
        };
    }

    private static AuthenticationEntryPoint unauthorized(String detail) {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"onboarding\"");
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\"}");
        };
    }
}
