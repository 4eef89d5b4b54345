package fr.onboarding.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.MockedCollaboratorsJourneyTest;
import fr.onboarding.registry.CompanyRegistry;
import fr.onboarding.registry.RegistryUnavailableException;

/** When SIRENE cannot answer, the user is told to retry and nothing is created. */
@MockedCollaboratorsJourneyTest
class RegistryOutageTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    CompanyRegistry registry;
    @Autowired
    Journey journey;

    @Test
    void aRegistryOutageIsA503AndCreatesNothing() {
        when(registry.lookup(anyString())).thenThrow(new RegistryUnavailableException("SIRENE answered 500"));
        String user = journey.newActiveAccount(greenMail, "fr");

        ResponseEntity<Map<String, Object>> refused = journey.postAs("/api/me/structures", Map.of(
                "identifierType", "SIRET", "identifier", "84567890300012",
                "address", Map.of("line", "1 allée Jean Jaurès", "postalCode", "31000", "city", "Toulouse", "countryCode", "FR")),
                user);

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getBody()).containsEntry("title", "Répertoire indisponible");
        assertThat((List<?>) journey.getAs("/api/me", user).getBody().get("structures")).isEmpty();
    }
}
