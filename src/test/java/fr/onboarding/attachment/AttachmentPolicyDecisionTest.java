package fr.onboarding.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.onboarding.EngineOnlyDelegates;

/** Each rule of the default attachment-policy table, through the engine's decision service. */
@Deployment(resources = "bpmn/attachment-policy.dmn")
class AttachmentPolicyDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engineOnly = EngineOnlyDelegates.engine();

    ProcessEngine engine;

    private DmnDecisionRuleResult decide(boolean proven, boolean verifiedDomain, String scope) {
        return engine.getDecisionService().evaluateDecisionTableByKey("attachment-policy", Map.of(
                "requesterAddressProven", proven, "requesterDomainVerified", verifiedDomain, "attachmentScope", scope,
                "identifierType", "SIRET", "requesterEmailDomain", "mairie-brest.fr")).getSingleResult();
    }

    @Test
    void theWholeStructureAskedFromItsVerifiedDomainByAProvenAddressIsAcceptedAtOnce() {
        assertThat(decide(true, true, "WHOLE_STRUCTURE")).containsEntry("outcome", "AUTO_APPROVE")
                .containsEntry("reason", "Votre adresse appartient au domaine de la structure, vérifié par l'un de ses gestionnaires.");
    }

    @ParameterizedTest(name = "proven {0}, verified domain {1}, {2}: the managers decide")
    @CsvSource({"false, true, WHOLE_STRUCTURE", "false, false, SERVICES", "true, true, SERVICES", "true, false, WHOLE_STRUCTURE"})
    void everythingElseGoesToTheManagers(boolean proven, boolean verifiedDomain, String scope) {
        assertThat(decide(proven, verifiedDomain, scope)).containsEntry("outcome", "MANAGER_REVIEW")
                .containsEntry("reason", "Votre demande est soumise aux gestionnaires de la structure.");
    }
}
