package fr.onboarding.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=fr|en} on any page switches the portal's language (see {@link PortalLocaleResolver}),
 * and tells whoever follows it ({@link LanguageSwitched}: a logged-in account takes it as its own).
 */
@Configuration
class LanguageSwitch implements WebMvcConfigurer {

    private final ApplicationEventPublisher events;

    LanguageSwitch(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                super.preHandle(request, response, handler);
                PortalLocaleResolver.chosen(request).ifPresent(language -> events.publishEvent(new LanguageSwitched(language)));
                return true;
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**");
    }
}
