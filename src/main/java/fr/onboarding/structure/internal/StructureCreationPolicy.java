package fr.onboarding.structure.internal;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import fr.onboarding.structure.NewStructure;

/**
 * Whether a new structure waits for support: decision table {@code structure-creation-policy}
 * (bpmn/structure-creation-policy.dmn), which analysts change in Modeler. Its latest version decides.
 */
@Component
class StructureCreationPolicy {

    static final String DECISION_KEY = "structure-creation-policy";

    private final DecisionService decisions;

    StructureCreationPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    Verdict decide(NewStructure data, String legalCategory) {
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Variables.putValue("publicEntity", data.publicEntity())
                        .putValue("identifierType", data.identifierType().name())
                        .putValue("legalCategory", legalCategory))
                .evaluate().getSingleResult();
        if (result == null) {
            // A table edited so that no rule applies: the safe mistake is to let support look.
            return new Verdict(true, "Aucune règle de la politique de création ne s'applique.");
        }
        return new Verdict(Boolean.TRUE.equals(result.get("supportApproval")), (String) result.get("reason"));
    }

    /** @param reason shown to support when it decides */
    record Verdict(boolean supportApproval, String reason) {
    }
}
