package fr.onboarding.structure.internal;

import org.springframework.stereotype.Component;

import fr.onboarding.registry.CompanyRegistry;
import fr.onboarding.registry.Establishment;
import fr.onboarding.registry.RegistryAnswer;
import fr.onboarding.registry.RegistryUnavailableException;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;

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
            throw new RefusedException(Reason.NOT_ELIGIBLE, "structure.closed");
        }
        return establishment;
    }

    Establishment knownEstablishment(String siret) {
        RegistryAnswer answer;
        try {
            answer = registry.lookup(siret);
        } catch (RegistryUnavailableException down) {
            throw new RefusedException(Reason.UNAVAILABLE, "registry.unavailable");
        }
        if (answer instanceof RegistryAnswer.Found found) {
            return found.establishment();
        }
        throw new RefusedException(Reason.NOT_FOUND, "structure.siret.unknown");
    }
}
