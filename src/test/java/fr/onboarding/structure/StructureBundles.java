package fr.onboarding.structure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The two message files of structures, read as the application reads them (UTF-8). */
final class StructureBundles {

    static final Properties ENGLISH = load("/structure-messages.properties");
    static final Properties FRENCH = load("/structure-messages_fr.properties");
    /** The portal's other texts (pages, mails, errors), held to the same rules. */
    static final Properties PORTAL_ENGLISH = load("/messages.properties");
    static final Properties PORTAL_FRENCH = load("/messages_fr.properties");

    private StructureBundles() {
    }

    private static Properties load(String resource) {
        try (Reader reader = new InputStreamReader(StructureBundles.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
