package fr.onboarding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import fr.onboarding.registry.CompanyRegistry;

/**
 * A journey test in the one context where two collaborators are Mockito's: the company registry, a
 * mock each test stubs (an outage, say), and the password encoder, a spy that counts the hashes a
 * request costs. The captcha is on, as in production ({@link Journey} solves it where a test is not
 * about it). The tests that need any of these share this context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JourneyTest
@TestPropertySource(properties = "onboarding.captcha.enabled=true")
@MockitoBean(types = CompanyRegistry.class)
@MockitoSpyBean(types = PasswordEncoder.class)
public @interface MockedCollaboratorsJourneyTest {
}
