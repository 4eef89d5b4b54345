package fr.onboarding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fr.onboarding.registry.CompanyRegistry;

/**
 * A journey test in the one context that differs from {@link JourneyTest}'s where the rest of the
 * suite must not: passwords hashed at their production cost, and the company registry a Mockito
 * mock that each test stubs (an outage, say). The tests that need either share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JourneyTest
@MockitoBean(types = CompanyRegistry.class)
@TestPropertySource(properties = {"onboarding.password.hashing.memory-kib=19456", "onboarding.password.hashing.iterations=2"})
public @interface RealCostJourneyTest {
}
