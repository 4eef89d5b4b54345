package fr.onboarding.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** Each rule of the default structure-creation-policy table, through the engine's decision service. */
@Deployment(resources = "bpmn/structure-creation-policy.dmn")
class StructureCreationPolicyDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engineOnly = EngineOnlyDelegates.engine();

    ProcessEngine engine;

    private DmnDecisionRuleResult decide(boolean publicEntity, String identifierType, String legalCategory) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("publicEntity", publicEntity);
        inputs.put("identifierType", identifierType);
        inputs.put("legalCategory", legalCategory);
        return engine.getDecisionService().evaluateDecisionTableByKey("structure-creation-policy", inputs)
                .getSingleResult();
    }

    @ParameterizedTest(name = "ticked public, {0} with category {1}: support decides")
    @CsvSource({"SIRET, 5710", "UE_HORS_FRANCE, ", "AUTRE, "})
    void aStructureTickedPublicWaitsForSupport(String identifierType, String legalCategory) {
        assertThat(decide(true, identifierType, legalCategory)).containsEntry("supportApproval", true)
                .containsEntry("reason", "Le créateur a déclaré la structure publique.");
    }

    @ParameterizedTest(name = "ticked {0}, SIRET with category {1}: support decides, told by the registry")
    @CsvSource({"false, 7210", "false, 7389", "false, 7120", "true, 7210"})
    void aPublicLawBodyWaitsForSupportTickedOrNot(boolean ticked, String legalCategory) {
        assertThat(decide(ticked, "SIRET", legalCategory)).containsEntry("supportApproval", true)
                .containsEntry("reason", "Personne morale de droit public au répertoire SIRENE (catégorie juridique "
                        + legalCategory + ").");
    }

    @ParameterizedTest(name = "unticked, {0} with category {1}: created without support")
    @CsvSource({"SIRET, 5710", "SIRET, 1000", "SIRET, ", "HORS_UE, ", "PARTICULIER, "})
    void anyOtherStructureIsCreatedWithoutSupport(String identifierType, String legalCategory) {
        assertThat(decide(false, identifierType, legalCategory)).containsEntry("supportApproval", false)
                .containsEntry("reason", "Structure privée : créée sans validation du support.");
    }

    @Test
    void aCategoryOfAnotherTypeThanSiretIsNotTrusted() {
        assertThat(decide(false, "AUTRE", "7210")).containsEntry("supportApproval", false);
    }
}
