package fr.onboarding.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings, directly under {@code onboarding.*}.
 *
 * @param publicBaseUrl the base of every link in a mail
 * @param dataDir       where the default run keeps its H2 files and the generated administrator password
 */
@ConfigurationProperties("onboarding")
public record PortalSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl,
                             @DefaultValue("./data") String dataDir) {
}
