package fr.onboarding.structure.internal;

import java.util.List;
import fr.onboarding.structure.AttachmentStatus;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.PostalAddress;
import fr.onboarding.structure.Role;
import fr.onboarding.structure.ServiceUnit;
import fr.onboarding.structure.StructureStatus;

/** A structure as the API shows it to one of its members, with that member's role and attachment status. */
public record StructureView(String id, IdentifierType identifierType, String identifier, String siren,
                            String companyName, String firstName, String lastName, String label, String email,
                            String phone, PostalAddress address, boolean nonDiffusible, boolean publicEntity,
                            boolean paymentRequests, boolean dume, StructureStatus structureStatus,
                            List<ServiceUnit> services, Role role, AttachmentStatus attachmentStatus) {

    public static StructureView of(Structure s, Membership m) {
        return new StructureView(s.getId(), s.getIdentifierType(), s.getIdentifier(), s.getSiren(), s.getCompanyName(),
                s.getFirstName(), s.getLastName(), s.getLabel(), s.getEmail(), s.getPhone(), s.getAddress(),
                s.isNonDiffusible(), s.isPublicEntity(), s.isPaymentRequests(), s.isDume(), s.getStatus(),
                s.getServices(), m.getRole(), m.getStatus());
    }
}
