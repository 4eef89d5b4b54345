package fr.onboarding.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * Start-up fails on an {@code onboarding.*} key that no module reads, naming it: a misspelt
 * setting must not be silently ignored. Each module's settings record refuses unknown keys under
 * its own prefix; this check catches the keys under no module's prefix at all. Environment
 * variables are left out: {@code ONBOARDING_*} variables also name things that are not settings.
 */
@Component
class UnknownSettingsCheck implements SmartInitializingSingleton {

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("onboarding");

    private final ApplicationContext context;
    private final ConfigurableEnvironment environment;

    UnknownSettingsCheck(ApplicationContext context, ConfigurableEnvironment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<ConfigurationPropertyName> known = knownPrefixes();
        List<String> unknown = StreamSupport.stream(ConfigurationPropertySources.from(environment.getPropertySources()).spliterator(), false)
                .filter(source -> source instanceof IterableConfigurationPropertySource)
                .filter(source -> !StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(sourceName(source.getUnderlyingSource())))
                .flatMap(source -> ((IterableConfigurationPropertySource) source).stream())
                .filter(ROOT::isAncestorOf)
                .filter(name -> known.stream().noneMatch(prefix -> prefix.equals(name) || prefix.isAncestorOf(name)))
                .map(ConfigurationPropertyName::toString).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Unknown setting(s) " + unknown
                    + ": no module reads them. Check the spelling against the README's configuration table.");
        }
    }

    /** Each module's prefix, and the keys of the records bound to {@code onboarding} itself. */
    private Set<ConfigurationPropertyName> knownPrefixes() {
        return ConfigurationPropertiesBean.getAll(context).values().stream()
                .flatMap(bean -> {
                    ConfigurationPropertyName prefix = ConfigurationPropertyName.of(bean.getAnnotation().prefix());
                    if (!prefix.equals(ROOT)) {
                        return ROOT.isAncestorOf(prefix) ? Stream.of(prefix) : Stream.empty();
                    }
                    return Arrays.stream(bean.getInstance().getClass().getRecordComponents())
                            .map(component -> ROOT.append(ConfigurationPropertyName.adapt(component.getName(), '.').toString()));
                })
                .collect(Collectors.toSet());
    }

    private static String sourceName(Object underlying) {
        return underlying instanceof org.springframework.core.env.PropertySource<?> source ? source.getName() : "";
    }
}
