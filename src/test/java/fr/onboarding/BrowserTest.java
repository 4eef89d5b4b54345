package fr.onboarding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey test with a person in the browser: a {@link Browser} field is filled with one headless
 * Chromium for the class, pointed at the running portal; each test starts as a new visitor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JourneyTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
