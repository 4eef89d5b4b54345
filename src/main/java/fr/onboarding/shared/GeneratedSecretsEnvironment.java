package fr.onboarding.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * No demo/demo and no key in the repository: a secret that is not configured is generated on the
 * first run and kept in {@code <onboarding.data-dir>/<file>} (readable by its owner only); the
 * start-up log says where. Several nodes must be given the same secrets through the environment.
 */
class GeneratedSecretsEnvironment implements EnvironmentPostProcessor {

    private record Secret(String property, String file, int bytes, String whatFor, String environmentVariable) {
    }

    private static final List<Secret> SECRETS = List.of(
            new Secret("camunda.bpm.admin-user.password", "admin-password.txt", 18,
                    "the password of Camunda's admin user", "ONBOARDING_ADMIN_PASSWORD"),
            new Secret("onboarding.mail.link-key", "mail-link-key.txt", 32,
                    "the key of the links a retried mail sends again", "ONBOARDING_MAIL_LINK_KEY"));

    private final Log log;

    GeneratedSecretsEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(GeneratedSecretsEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path folder = Path.of(environment.getProperty("onboarding.data-dir", "data")).toAbsolutePath().normalize();
        for (Secret secret : SECRETS) {
            if (!environment.getProperty(secret.property(), "").isBlank()) {
                continue;
            }
            Path file = folder.resolve(secret.file());
            environment.getPropertySources().addFirst(new MapPropertySource("generated " + secret.property(),
                    Map.of(secret.property(), readOrCreate(file, secret.bytes()))));
            log.info(secret.whatFor() + ": in " + file + " (set " + secret.environmentVariable() + " to choose it)");
        }
    }

    private static String readOrCreate(Path file, int bytes) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[bytes];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret + System.lineSeparator());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the folder's permissions.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read, or create, the secret kept in " + file, e);
        }
    }
}
