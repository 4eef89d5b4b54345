package fr.onboarding.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API is open by default; here every call must carry HTTP Basic credentials
 * of an engine user, and the engine's authorizations then apply to that user. The webapps get a
 * 404 for an engine that does not exist ({@link UnknownEngineFilter}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthenticationConfig {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** Before Camunda's own webapp filters, which fail on an engine name that does not exist. */
    @Bean
    FilterRegistrationBean<UnknownEngineFilter> unknownEngineFilter() {
        FilterRegistrationBean<UnknownEngineFilter> registration = new FilterRegistrationBean<>(new UnknownEngineFilter());
        registration.addUrlPatterns("/camunda/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
