package fr.onboarding.registry;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** One {@link CompanyRegistry}: the SIRENE API when a key is configured, else the bundled sample directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SireneProperties.class)
class RegistryConfig {

    private static final Logger log = LoggerFactory.getLogger(RegistryConfig.class);

    /** Named "registry": operators' health check lists it under that name, beside the database and SMTP. */
    @Bean("registry")
    RegistryHealth companyRegistry(SireneProperties properties, RestClient.Builder http, Clock clock) {
        if (!properties.hasApiKey()) {
            log.info("No onboarding.sirene.api-key: SIRET lookups use the bundled sample directory");
            return new RegistryHealth(new SampleDirectory(), "sample directory", clock);
        }
        log.info("SIRET lookups use the SIRENE API at {}", properties.baseUrl());
        return new RegistryHealth(new SireneClient(properties, http, Sleeper.THREAD), properties.baseUrl(), clock);
    }
}
