package fr.onboarding.structure.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import fr.onboarding.structure.Identifier;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.NewStructure;
import fr.onboarding.structure.PostalAddress;
import fr.onboarding.structure.ServiceUnit;
import fr.onboarding.structure.StructureStatus;

/** A legal entity of the portal, uniquely identified by its identifier type and identifier. */
@Entity
@Table(name = "structure")
public class Structure {

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    private IdentifierType identifierType;
    private String identifier;
    /** {@code TYPE:identifier} while the structure holds its identifier (unique), null while it does not. */
    private String identifierKey;
    private String siren;
    private String companyName;
    private String lastName;
    private String firstName;
    private String label;
    private String email;
    private String phone;
    @Embedded
    private PostalAddress address;
    private boolean nonDiffusible;
    private boolean publicEntity;
    private boolean paymentRequests;
    private boolean dume;
    @Enumerated(EnumType.STRING)
    private StructureStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "structure_service", joinColumns = @JoinColumn(name = "structure_id"))
    private List<ServiceUnit> services = new ArrayList<>();
    /** Why it waits for support (decision structure-creation-policy); null when it did not. */
    private String reviewReason;
    private Instant createdAt;
    @Version
    private Long version;

    protected Structure() {
    }

    Structure(String id, NewStructure data, Identifier identifier, boolean nonDiffusible, StructureStatus status,
              Instant now) {
        this.id = id;
        this.identifierType = identifier.type();
        this.identifier = identifier.value();
        this.siren = identifier.siren();
        this.companyName = data.companyName();
        this.lastName = data.lastName();
        this.firstName = data.firstName();
        this.label = data.label();
        this.email = data.email();
        this.phone = data.phone();
        this.nonDiffusible = nonDiffusible;
        this.address = nonDiffusible ? null : data.address();
        this.publicEntity = data.publicEntity();
        this.paymentRequests = data.paymentRequests();
        this.dume = data.dume();
        this.services.addAll(data.services());
        this.status = status;
        if (status == StructureStatus.ACTIVE) {
            reserveIdentifier();
        }
        this.createdAt = now;
    }

    void activate() {
        status = StructureStatus.ACTIVE;
        reserveIdentifier();
    }

    void recordReviewReason(String reason) {
        reviewReason = reason;
    }

    void reserveIdentifier() {
        identifierKey = keyOf(identifierType, identifier);
    }

    static String keyOf(IdentifierType type, String identifier) {
        return type.name() + ":" + identifier;
    }

    void awaitCreatorActivation() {
        status = StructureStatus.PENDING_ACTIVATION;
    }

    public boolean hasService(String code) {
        return services.stream().anyMatch(s -> s.code().equals(code));
    }

    /** The name people read: the company name, or the person's name for a private individual. */
    public String displayName() {
        return companyName != null ? companyName : (firstName + " " + lastName).strip();
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public String getId() {
        return id;
    }

    public IdentifierType getIdentifierType() {
        return identifierType;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getSiren() {
        return siren;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLabel() {
        return label;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public boolean isNonDiffusible() {
        return nonDiffusible;
    }

    public boolean isPublicEntity() {
        return publicEntity;
    }

    public boolean isPaymentRequests() {
        return paymentRequests;
    }

    public boolean isDume() {
        return dume;
    }

    public StructureStatus getStatus() {
        return status;
    }

    public List<ServiceUnit> getServices() {
        return List.copyOf(services);
    }
}
