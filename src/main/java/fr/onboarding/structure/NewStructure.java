package fr.onboarding.structure;

import fr.onboarding.shared.MailableEmail;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/me/structures} ("Je crée ma structure"). Which fields are required
 * depends on the identifier type; {@link StructureService} checks that.
 */
public record NewStructure(
        @NotNull IdentifierType identifierType,
        @Size(max = 80) String identifier,
        @Size(max = 200) String companyName,
        @Size(max = 100) String lastName,
        @Size(max = 100) String firstName,
        @Size(max = 100) String label,
        @MailableEmail String email,
        @Pattern(regexp = "^\\+?[0-9][0-9 .\\-()]{5,24}$", message = "{onboarding.phone.pattern}") String phone,
        @Valid PostalAddress address,
        boolean publicEntity,
        Boolean paymentRequests,
        boolean dume,
        @Valid @Size(max = 200) List<ServiceUnit> services) {

    /** "Déposer des demandes de paiement" is on unless the form says otherwise; DUME is off. */
    public NewStructure {
        paymentRequests = paymentRequests == null || paymentRequests;
        services = services == null ? List.of() : List.copyOf(services);
    }
}
