package fr.onboarding.registry;

/**
 * An establishment as the portal pre-fills a structure with it.
 *
 * @param companyName null when the registry masks it
 * @param active      false for a closed establishment, which the portal refuses
 * @param diffusible  false for a "non diffusible" establishment (SIRENE diffusion status {@code P})
 * @param address     null when not diffusible: the portal hides the address fields
 * @param legalCategory SIRENE's {@code categorieJuridiqueUniteLegale} (4 digits; 7xxx: public law); null when unknown
 */
public record Establishment(String siret, String siren, String companyName, boolean active, boolean diffusible,
                            Address address, String legalCategory) {

    /**
     * Named like the portal's structure address.
     *
     * @param countryCode ISO 3166 alpha-2; null abroad, as SIRENE codes foreign countries with INSEE codes
     */
    public record Address(String line, String complement1, String complement2, String postalCode, String city,
                          String countryCode) {
    }
}
