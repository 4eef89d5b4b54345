package fr.onboarding.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * Structures through the API, against the bundled sample directory of establishments (the run
 * without SIRENE key): look-up and pre-fill, creation, what the portal refuses.
 */
@JourneyTest
class StructureApiTest {

    static final String ACTIVE_SIRET = "81234567600017";
    static final String CLOSED_SIRET = "79876543400013";
    static final String NON_DIFFUSIBLE_SIRET = "83456712500010";
    static final String UNKNOWN_SIRET = "73282932000074";

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    TaskService tasks;

    String user;

    @BeforeEach
    void activeUser() {
        user = journey.newActiveAccount(greenMail, "fr");
    }

    private ResponseEntity<Map<String, Object>> lookup(String type, String identifier) {
        return journey.get("/api/structures/lookup?identifierType=" + type + "&identifier=" + identifier);
    }

    private static Map<String, Object> privateStructure(String type, String identifier) {
        Map<String, Object> body = new HashMap<>();
        body.put("identifierType", type);
        body.put("identifier", identifier);
        body.put("companyName", "Société " + identifier);
        body.put("address", Map.of("line", "1 place de la Mairie", "postalCode", "69001", "city", "Lyon", "countryCode", "FR"));
        return body;
    }

    @Test
    void aSiretUnknownToThePortalIsPrefilledFromTheRegistry() {
        ResponseEntity<Map<String, Object>> found = lookup("SIRET", "812 345 676 00017");

        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat(found.getBody()).containsEntry("existsInPortal", false).containsEntry("readOnly", false)
                .containsEntry("identifier", ACTIVE_SIRET).containsEntry("siren", "812345676")
                .containsEntry("companyName", "FACTURES ET CIE").containsEntry("nonDiffusible", false)
                .containsEntry("formatHint", "14 chiffres (ex. 130 025 265 00013)");
        assertThat((Map<String, Object>) found.getBody().get("address")).containsEntry("postalCode", "75011");
    }

    @Test
    void aNonDiffusibleSiretHidesItsAddress() {
        ResponseEntity<Map<String, Object>> found = lookup("SIRET", NON_DIFFUSIBLE_SIRET);

        assertThat(found.getBody()).containsEntry("nonDiffusible", true).containsEntry("address", null);
    }

    @Test
    void aClosedEstablishmentIsRefusedWithItsReason() {
        ResponseEntity<Map<String, Object>> closed = lookup("SIRET", CLOSED_SIRET);

        assertThat(closed.getStatusCode().value()).isEqualTo(422);
        assertThat(closed.getBody()).containsEntry("title", "Établissement fermé");
    }

    @Test
    void aWellFormedSiretNoRegistryKnowsIs404() {
        assertThat(lookup("SIRET", UNKNOWN_SIRET).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aMalformedIdentifierIsA400FieldError() {
        ResponseEntity<Map<String, Object>> bad = lookup("SIRET", "81234567600018");

        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("identifier");
    }

    @Test
    void anUnknownIdentifierTypeIsA400() {
        ResponseEntity<Map<String, Object>> bad = lookup("DUNS", "123");

        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("identifierType");
    }

    @Test
    void theIdentifierTypesComeWithLabelAndFormatHint() {
        ResponseEntity<List> types = journey.getList("/api/structures/identifier-types");

        assertThat(types.getBody()).hasSize(7).contains(Map.of("identifierType", "TAHITI",
                "label", "Structure avec numéro TAHITI", "formatHint", "6 chiffres, ou une lettre et 5 chiffres, suivis du numéro d'établissement à 3 chiffres (ex. A12345001)"));
    }

    @Test
    void creatingAPrivateStructureMakesTheCreatorItsPrimaryManager() {
        String identifier = "IMMAT-" + System.nanoTime();
        ResponseEntity<Map<String, Object>> created = journey.postAs("/api/me/structures",
                privateStructure("AUTRE", identifier), user);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("role", "PRIMARY_MANAGER").containsEntry("attachmentStatus", "APPROVED")
                .containsEntry("paymentRequests", true).containsEntry("dume", false)
                .containsEntry("structureStatus", "ACTIVE");
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", user).getBody().get("structures"))
                .contains(Map.of("identifierType", "AUTRE", "identifier", identifier.toUpperCase(),
                        "companyName", "Société " + identifier, "role", "PRIMARY_MANAGER", "attachmentStatus", "APPROVED"));
    }

    @Test
    void aStructureAlreadyInThePortalIsShownReadOnlyAndCannotBeCreatedAgain() {
        String identifier = "IMMAT-" + System.nanoTime();
        journey.postAs("/api/me/structures", privateStructure("AUTRE", identifier), user);

        ResponseEntity<Map<String, Object>> shown = lookup("AUTRE", identifier);
        ResponseEntity<Map<String, Object>> again = journey.postAs("/api/me/structures", privateStructure("AUTRE", identifier),
                journey.newActiveAccount(greenMail, "fr"));

        assertThat(shown.getBody()).containsEntry("existsInPortal", true).containsEntry("readOnly", true)
                .containsEntry("companyName", "Société " + identifier);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aSiretStructureTakesTheRegistrysNameWhenNoneIsGiven() {
        Map<String, Object> body = privateStructure("SIRET", "52345678800018");
        body.remove("companyName");

        ResponseEntity<Map<String, Object>> created = journey.postAs("/api/me/structures", body, user);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("companyName", "ALPES INGENIERIE").containsEntry("siren", "523456788");
    }

    @Test
    void aClosedEstablishmentCannotBeCreated() {
        ResponseEntity<Map<String, Object>> refused = journey.postAs("/api/me/structures",
                privateStructure("SIRET", CLOSED_SIRET), user);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void aPrivateIndividualGivesNamesAndAddress() {
        Map<String, Object> body = privateStructure("PARTICULIER", "Jeanne Martin " + System.nanoTime());
        body.remove("companyName");
        body.remove("address");

        ResponseEntity<Map<String, Object>> refused = journey.postAs("/api/me/structures", body, user);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("lastName", "firstName", "address");
    }

    @Test
    void aStructureFromAnotherMemberStateHasItsAddressThere() {
        String digits = String.format("%09d", System.nanoTime() % 1_000_000_000L);
        Map<String, Object> inFrance = privateStructure("UE_HORS_FRANCE", "DE" + digits);

        ResponseEntity<Map<String, Object>> refused = journey.postAs("/api/me/structures", inFrance, user);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field") + ": " + e.get("message"))
                .containsExactly("address.countryCode: Le pays de l'adresse doit être celui du numéro de TVA intracommunautaire (EL pour la Grèce : GR).");
        Map<String, Object> inGreece = privateStructure("UE_HORS_FRANCE", "EL" + digits);
        inGreece.put("address", Map.of("line", "Odos Ermou 1", "postalCode", "10563", "city", "Athina", "countryCode", "GR"));
        assertThat(journey.postAs("/api/me/structures", inGreece, user).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void aStructureFromOutsideTheEuHasItsAddressInTheCountryItsIdentifierStartsWith() {
        String name = "Choco " + System.nanoTime() % 1_000_000_000L;
        Map<String, Object> body = privateStructure("HORS_UE", "CH" + name);
        body.put("companyName", name);

        assertThat(journey.postAs("/api/me/structures", body, user).getBody().toString()).contains("field=address.countryCode");
        body.put("address", Map.of("line", "Rue du Rhône 1", "postalCode", "1204", "city", "Genève", "countryCode", "CH"));
        assertThat(journey.postAs("/api/me/structures", body, user).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anExistingPrivateIndividualShowsNeitherNamesNorAddressToWhoeverLooksItUp() {
        String identifier = "Jeanne-Martin-" + System.nanoTime();
        Map<String, Object> body = privateStructure("PARTICULIER", identifier);
        body.remove("companyName");
        body.put("lastName", "Martin");
        body.put("firstName", "Jeanne");
        assertThat(journey.postAs("/api/me/structures", body, user).getStatusCode().value()).isEqualTo(201);

        Map<String, Object> shown = journey.get("/api/structures/lookup?identifierType=PARTICULIER&identifier=" + identifier)
                .getBody();

        assertThat(shown).containsEntry("existsInPortal", true).containsEntry("firstName", null)
                .containsEntry("lastName", null).containsEntry("address", null);
    }

    @Test
    void aPublicStructureWaitsForSupportInsteadOfBeingCreated() {
        String identifier = "IMMAT-" + System.nanoTime();
        Map<String, Object> body = privateStructure("AUTRE", identifier);
        body.put("publicEntity", true);

        ResponseEntity<Map<String, Object>> accepted = journey.postAs("/api/me/structures", body, user);

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getBody()).containsEntry("structureStatus", "PENDING_APPROVAL")
                .containsEntry("attachmentStatus", "PENDING");
        Task review = tasks.createTaskQuery().processInstanceBusinessKey((String) accepted.getBody().get("id")).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("ReviewPublicStructure");
        assertThat(tasks.getIdentityLinksForTask(review.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo("support"));
        // Until support decides, nobody else can create or join it, and every form says why.
        ResponseEntity<Map<String, Object>> looked = lookup("AUTRE", identifier);
        assertThat(looked.getStatusCode().value()).isEqualTo(409);
        assertThat(looked.getBody()).containsEntry("title", "Structure en cours de création");
        String other = journey.newActiveAccount(greenMail, "fr");
        assertThat(journey.postAs("/api/me/structures", privateStructure("AUTRE", identifier), other).getBody())
                .containsEntry("title", "Structure en cours de création");
        assertThat(journey.postAs("/api/me/attachment-requests", Map.of("identifierType", "AUTRE", "identifier", identifier,
                "scope", "WHOLE_STRUCTURE"), other).getBody()).containsEntry("title", "Structure en cours de création");
    }

    @Test
    void creatingAStructureNeedsALogin() {
        assertThat(journey.post("/api/me/structures", privateStructure("AUTRE", "X")).getStatusCode().value()).isEqualTo(401);
    }
}
