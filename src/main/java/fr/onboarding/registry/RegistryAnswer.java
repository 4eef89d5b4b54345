package fr.onboarding.registry;

/** What the registry knows of a SIRET. */
public sealed interface RegistryAnswer {

    record Found(Establishment establishment) implements RegistryAnswer {
    }

    /** Unknown to the registry, or not visible to our API key. */
    record NotFound() implements RegistryAnswer {
    }
}
