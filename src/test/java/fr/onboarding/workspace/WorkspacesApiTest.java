package fr.onboarding.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** "Mes espaces de travail": the defaults, turning workspaces on and off, justice fee statements' details. */
@JourneyTest
class WorkspacesApiTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;

    String user;

    @BeforeEach
    void activeUser() {
        user = journey.newActiveAccount(greenMail, "fr");
    }

    private Map<String, Boolean> workspaces() {
        return (Map<String, Boolean>) journey.getAs("/api/me", user).getBody().get("workspaces");
    }

    @Test
    void issuedInvoicesAndIssuedRequestsAreOnByDefault() {
        assertThat(workspaces()).hasSize(9).containsEntry("ISSUED_INVOICES", true).containsEntry("ISSUED_REQUESTS", true)
                .containsEntry("WORKS_INVOICES", false).containsEntry("TIC_REFUND_REQUESTS", false);
    }

    @Test
    void workspacesAreReplacedAndAnUnlistedOneIsOff() {
        ResponseEntity<Map<String, Object>> saved = journey.putAs("/api/me/workspaces",
                Map.of("workspaces", Map.of("WORKS_INVOICES", true, "FLOW_MONITORING", true, "ISSUED_REQUESTS", false)), user);

        assertThat(saved.getStatusCode().value()).isEqualTo(200);
        assertThat(workspaces()).containsEntry("WORKS_INVOICES", true).containsEntry("FLOW_MONITORING", true)
                .containsEntry("ISSUED_REQUESTS", false).containsEntry("ISSUED_INVOICES", false);
    }

    @Test
    void justiceFeeStatementsNeedTheProviderCategoryAndWithoutSiretTheRegime() {
        ResponseEntity<Map<String, Object>> refused = journey.putAs("/api/me/workspaces",
                Map.of("workspaces", Map.of("JUSTICE_FEE_STATEMENTS", true)), user);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("justiceFeeProviderCategory", "justiceFeeRegime");
    }

    @Test
    void withASiretStructureTheRegimeIsNotAsked() {
        journey.postAs("/api/me/structures", Map.of("identifierType", "SIRET", "identifier", "90123456700013",
                "address", Map.of("line", "2 quai du Port", "postalCode", "13002", "city", "Marseille", "countryCode", "FR")),
                user);

        ResponseEntity<Map<String, Object>> saved = journey.putAs("/api/me/workspaces", Map.of(
                "workspaces", Map.of("JUSTICE_FEE_STATEMENTS", true), "justiceFeeProviderCategory", "Interprète-traducteur"),
                user);

        assertThat(saved.getStatusCode().value()).isEqualTo(200);
        assertThat(saved.getBody()).containsEntry("justiceFeeProviderCategory", "Interprète-traducteur");
    }

    @Test
    void anUnknownWorkspaceIsAFieldError() {
        ResponseEntity<Map<String, Object>> refused = journey.putAs("/api/me/workspaces",
                Map.of("workspaces", Map.of("GAMES", true)), user);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("workspaces.GAMES");
    }
}
