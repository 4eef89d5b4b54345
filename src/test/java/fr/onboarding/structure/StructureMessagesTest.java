package fr.onboarding.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class StructureMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(StructureBundles.FRENCH.stringPropertyNames())
                .isNotEmpty()
                .isEqualTo(StructureBundles.ENGLISH.stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void everyTypeHasALabelAndAHintInBothLanguages(IdentifierType type) {
        assertThat(StructureBundles.FRENCH).containsKeys(type.labelKey(), type.hintKey());
        assertThat(StructureBundles.ENGLISH).containsKeys(type.labelKey(), type.hintKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SIRET|SIRET",
        "UE_HORS_FRANCE|Structure européenne hors France",
        "HORS_UE|Structure hors Union européenne",
        "RIDET|Structure avec un RIDET",
        "TAHITI|Structure avec numéro TAHITI",
        "PARTICULIER|Particulier",
        "AUTRE|En cours d'immatriculation"})
    void frenchLabelsAreThePortals(IdentifierType type, String label) {
        assertThat(messages().getMessage(type.labelKey(), null, Locale.FRENCH)).isEqualTo(label);
    }

    @Test
    void everyPortalTextIsInBothLanguages() {
        assertThat(StructureBundles.PORTAL_FRENCH.stringPropertyNames()).isNotEmpty()
                .isEqualTo(StructureBundles.PORTAL_ENGLISH.stringPropertyNames());
    }

    @Test
    void englishIsTheDefault() {
        assertThat(messages().getMessage("identifier.AUTRE.label", null, Locale.GERMAN))
                .isEqualTo("Registration in progress");
    }

    /** MessageFormat eats a single apostrophe of a message that takes arguments, and only of those. */
    @Test
    void apostrophesAreDoubledExactlyInMessagesTakingArguments() {
        java.util.List<Object> texts = new java.util.ArrayList<>(StructureBundles.FRENCH.values());
        texts.addAll(StructureBundles.ENGLISH.values());
        texts.addAll(StructureBundles.PORTAL_FRENCH.values());
        texts.addAll(StructureBundles.PORTAL_ENGLISH.values());
        assertThat(texts).map(Object::toString).allSatisfy(text -> {
            if (text.contains("{0}")) {
                assertThat(text).doesNotContainPattern("(?<!')'(?!')");
            } else {
                assertThat(text).doesNotContain("''");
            }
        });
    }

    /** Configured as spring.messages is in application.yaml. */
    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("structure-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
