package fr.onboarding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import fr.onboarding.registry.CompanyRegistry;

/**
 * A journey test in the one context where two collaborators are Mockito's: the company registry, a
 * mock each test stubs (an outage, say), and the password encoder, a spy that counts the hashes a
 * request costs. The tests that need either share this context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JourneyTest
@MockitoBean(types = CompanyRegistry.class)
@MockitoSpyBean(types = PasswordEncoder.class)
public @interface MockedCollaboratorsJourneyTest {
}
