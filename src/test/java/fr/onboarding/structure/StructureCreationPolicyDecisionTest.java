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
    @CsvSource({"SIRET, 5710", "SIRET, 7210", "UE_HORS_FRANCE, ", "AUTRE, "})
    void aStructureTickedPublicWaitsForSupport(String identifierType, String legalCategory) {
        assertThat(decide(true, identifierType, legalCategory)).containsEntry("supportApproval", true)
                .containsEntry("reason", "Le créateur a déclaré la structure publique.");
    }

    @ParameterizedTest(name = "unticked, SIRET with category {0}: support decides")
    @CsvSource({"7210", "7389", "7120"})
    void aPublicLawBodyWaitsForSupportEvenUnticked(String legalCategory) {
        assertThat(decide(false, "SIRET", legalCategory)).containsEntry("supportApproval", true)
                .containsEntry("reason", "Personne morale de droit public au répertoire SIRENE (catégorie juridique "
                        + legalCategory + "), case « Structure publique » non cochée.");
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
