package fr.onboarding.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * No demo/demo: when {@code camunda.bpm.admin-user.password} is not set (ONBOARDING_ADMIN_PASSWORD),
 * a random one is generated on the first run and kept in {@code <onboarding.data-dir>/admin-password.txt}
 * (readable by its owner only); the start-up log says where.
 */
class AdminPasswordEnvironment implements EnvironmentPostProcessor {

    static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

    private final Log log;

    AdminPasswordEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(AdminPasswordEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String user = environment.getProperty("camunda.bpm.admin-user.id");
        if (user == null || !environment.getProperty(PASSWORD_PROPERTY, "").isBlank()) {
            return;
        }
        Path file = Path.of(environment.getProperty("onboarding.data-dir", "data"), "admin-password.txt").toAbsolutePath().normalize();
        String password = readOrCreate(file);
        environment.getPropertySources().addFirst(new MapPropertySource("generatedAdminPassword",
                Map.of(PASSWORD_PROPERTY, password)));
        log.info("Camunda admin user '" + user + "': password in " + file
                + " (set ONBOARDING_ADMIN_PASSWORD to choose it)");
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, password + System.lineSeparator());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the folder's permissions.
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated admin password in " + file, e);
        }
    }
}
