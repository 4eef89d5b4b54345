package fr.onboarding.registry;

/**
 * The company registry (INSEE SIRENE, or the bundled sample directory when no API key is set).
 */
public interface CompanyRegistry {

    /**
     * @param siret 14 digits, already normalised and checked by the caller
     * @throws RegistryUnavailableException when the registry cannot answer now: say "try again later", create nothing
     */
    RegistryAnswer lookup(String siret);
}
