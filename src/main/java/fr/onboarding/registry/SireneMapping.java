package fr.onboarding.registry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** From SIRENE's JSON to an {@link Establishment}: shared by the API client and the sample directory. */
final class SireneMapping {

    /** What SIRENE writes in place of a value the person asked not to publish. */
    private static final String MASKED = "[ND]";

    /** SIRENE's street type codes; an unknown code is kept as written. */
    private static final Map<String, String> STREET_TYPES = Map.ofEntries(
            Map.entry("ALL", "ALLEE"), Map.entry("AV", "AVENUE"), Map.entry("BD", "BOULEVARD"),
            Map.entry("CAR", "CARREFOUR"), Map.entry("CHE", "CHEMIN"), Map.entry("CHS", "CHAUSSEE"),
            Map.entry("CRS", "COURS"), Map.entry("DOM", "DOMAINE"), Map.entry("ESP", "ESPLANADE"),
            Map.entry("FG", "FAUBOURG"), Map.entry("HAM", "HAMEAU"), Map.entry("IMP", "IMPASSE"),
            Map.entry("LD", "LIEU-DIT"), Map.entry("LOT", "LOTISSEMENT"), Map.entry("PAS", "PASSAGE"),
            Map.entry("PL", "PLACE"), Map.entry("PRO", "PROMENADE"), Map.entry("QUA", "QUARTIER"),
            Map.entry("RES", "RESIDENCE"), Map.entry("RLE", "RUELLE"), Map.entry("RPT", "ROND-POINT"),
            Map.entry("RTE", "ROUTE"), Map.entry("SQ", "SQUARE"), Map.entry("TRA", "TRAVERSE"),
            Map.entry("VLA", "VILLA"), Map.entry("VLGE", "VILLAGE"));

    private static final Map<String, String> REPETITIONS = Map.of("B", "BIS", "T", "TER", "Q", "QUATER", "C", "QUINQUIES");

    private SireneMapping() {
    }

    static Establishment toEstablishment(SireneJson.Etablissement json) {
        // Anything but an explicit "O" is treated as not diffusible: hiding an address is the safe mistake.
        boolean diffusible = "O".equals(json.statutDiffusionEtablissement());
        return new Establishment(json.siret(), json.siren(), companyName(json.uniteLegale()),
                isActive(json.periodesEtablissement()), diffusible,
                diffusible ? address(json.adresseEtablissement()) : null, legalCategory(json.uniteLegale()));
    }

    private static String companyName(SireneJson.UniteLegale unit) {
        if (unit == null) {
            return null;
        }
        String denomination = clean(unit.denominationUniteLegale());
        if (denomination != null) {
            return denomination;
        }
        // A natural person (entrepreneur individuel) has no denomination: first name + last name.
        return words(firstOf(unit.prenomUsuelUniteLegale(), unit.prenom1UniteLegale()),
                firstOf(unit.nomUniteLegale(), unit.nomUsageUniteLegale()));
    }

    private static String legalCategory(SireneJson.UniteLegale unit) {
        return unit == null ? null : clean(unit.categorieJuridiqueUniteLegale());
    }

    /** Active when the current period (the one without an end) says "A"; a closed establishment says "F". */
    private static boolean isActive(List<SireneJson.Periode> periods) {
        return periods != null && periods.stream()
                .filter(period -> period.dateFin() == null)
                .anyMatch(period -> "A".equals(period.etatAdministratifEtablissement()));
    }

    private static Establishment.Address address(SireneJson.Adresse json) {
        if (json == null) {
            return null;
        }
        String line = words(clean(json.numeroVoieEtablissement()),
                expand(REPETITIONS, json.indiceRepetitionEtablissement()),
                expand(STREET_TYPES, json.typeVoieEtablissement()),
                clean(json.libelleVoieEtablissement()));
        boolean abroad = clean(json.codePaysEtrangerEtablissement()) != null;
        return new Establishment.Address(line, clean(json.complementAdresseEtablissement()),
                clean(json.distributionSpecialeEtablissement()), clean(json.codePostalEtablissement()),
                clean(abroad ? json.libelleCommuneEtrangerEtablissement() : json.libelleCommuneEtablissement()),
                abroad ? null : "FR");
    }

    private static String expand(Map<String, String> codes, String value) {
        String code = clean(value);
        return code == null ? null : codes.getOrDefault(code, code);
    }

    private static String firstOf(String preferred, String fallback) {
        String value = clean(preferred);
        return value != null ? value : clean(fallback);
    }

    /** The non-empty parts joined by spaces; null when there is none. */
    private static String words(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** SIRENE pads some values with spaces and masks others with [ND]: both become a plain value or null. */
    private static String clean(String value) {
        if (value == null || value.isBlank() || value.strip().equals(MASKED)) {
            return null;
        }
        return value.strip();
    }
}
