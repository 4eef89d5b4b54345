package fr.onboarding;

import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** One Chromium per test class, closed after it; each test gets it in its {@link Browser} field, with no cookies. */
public class BrowserExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        ExtensionContext.Store store = context.getParent().orElseThrow()
                .getStore(ExtensionContext.Namespace.create(Browser.class));
        Browser browser = store.getOrComputeIfAbsent(Browser.class, key -> new Browser(portOf(context)), Browser.class);
        browser.forgetEverything();
        Object test = context.getRequiredTestInstance();
        for (Field field : ReflectionSupport.findFields(test.getClass(), f -> f.getType() == Browser.class,
                HierarchyTraversalMode.TOP_DOWN)) {
            field.setAccessible(true);
            field.set(test, browser);
        }
    }

    private static int portOf(ExtensionContext context) {
        return Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port"));
    }
}
