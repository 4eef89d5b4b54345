package fr.onboarding.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of a SIRENE 3.11 {@code GET /siret/{siret}} answer that the portal reads; the rest is ignored. */
final class SireneJson {

    private SireneJson() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(Etablissement etablissement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Etablissement(String siren, String siret, String statutDiffusionEtablissement, UniteLegale uniteLegale,
                         Adresse adresseEtablissement, List<Periode> periodesEtablissement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UniteLegale(String denominationUniteLegale, String nomUniteLegale, String nomUsageUniteLegale,
                       String prenomUsuelUniteLegale, String prenom1UniteLegale, String categorieJuridiqueUniteLegale) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Adresse(String numeroVoieEtablissement, String indiceRepetitionEtablissement, String typeVoieEtablissement,
                   String libelleVoieEtablissement, String complementAdresseEtablissement,
                   String distributionSpecialeEtablissement, String codePostalEtablissement,
                   String libelleCommuneEtablissement, String libelleCommuneEtrangerEtablissement,
                   String codePaysEtrangerEtablissement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Periode(String dateFin, String etatAdministratifEtablissement) {
    }
}
