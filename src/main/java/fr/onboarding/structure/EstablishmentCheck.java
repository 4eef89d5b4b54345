package fr.onboarding.structure;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import fr.onboarding.registry.CompanyRegistry;
import fr.onboarding.registry.Establishment;
import fr.onboarding.registry.RegistryAnswer;
import fr.onboarding.registry.RegistryUnavailableException;
import fr.onboarding.web.ProblemException;

/**
 * What the portal demands of a SIRET beyond its format: known to SIRENE and still open. A
 * registry that cannot answer is a 503 the user may retry; nothing is created meanwhile.
 */
@Component
class EstablishmentCheck {

    private final CompanyRegistry registry;

    EstablishmentCheck(CompanyRegistry registry) {
        this.registry = registry;
    }

    Establishment activeEstablishment(String siret) {
        Establishment establishment = knownEstablishment(siret);
        if (!establishment.active()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "structure.closed.title", "structure.closed.detail");
        }
        return establishment;
    }

    Establishment knownEstablishment(String siret) {
        RegistryAnswer answer;
        try {
            answer = registry.lookup(siret);
        } catch (RegistryUnavailableException down) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "registry.unavailable.title",
                    "registry.unavailable.detail");
        }
        if (answer instanceof RegistryAnswer.Found found) {
            return found.establishment();
        }
        throw new ProblemException(HttpStatus.NOT_FOUND, "structure.siret.unknown.title", "structure.siret.unknown.detail");
    }
}
