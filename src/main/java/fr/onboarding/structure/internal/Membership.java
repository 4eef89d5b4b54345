package fr.onboarding.structure.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import fr.onboarding.structure.AttachmentScope;
import fr.onboarding.structure.AttachmentStatus;
import fr.onboarding.structure.Role;
import fr.onboarding.structure.StructureStatus;

/** An account's attachment to a structure: its role, and where the request stands. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    private String id;
    private String accountId;
    private String structureId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private AttachmentStatus status;
    @Enumerated(EnumType.STRING)
    private AttachmentScope scope;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_service", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "service_code")
    private Set<String> serviceCodes = new LinkedHashSet<>();
    private Instant requestedAt;
    private Instant decidedAt;
    private String refusalReason;
    @Version
    private Long version;

    protected Membership() {
    }

    private Membership(String id, String accountId, String structureId, Role role, AttachmentStatus status,
                       AttachmentScope scope, Set<String> serviceCodes, Instant now) {
        this.id = id;
        this.accountId = accountId;
        this.structureId = structureId;
        this.role = role;
        this.status = status;
        this.scope = scope;
        this.serviceCodes.addAll(serviceCodes);
        this.requestedAt = now;
    }

    /** The creator of a structure: its primary manager, approved as soon as the structure exists. */
    static Membership creator(String id, String accountId, String structureId, StructureStatus structureStatus, Instant now) {
        Membership membership = new Membership(id, accountId, structureId, Role.PRIMARY_MANAGER, AttachmentStatus.PENDING,
                AttachmentScope.WHOLE_STRUCTURE, Set.of(), now);
        if (structureStatus == StructureStatus.ACTIVE) {
            membership.approve(now);
        }
        return membership;
    }

    static Membership request(String id, String accountId, String structureId, AttachmentScope scope,
                              Set<String> serviceCodes, Instant now) {
        return new Membership(id, accountId, structureId, Role.USER, AttachmentStatus.PENDING, scope, serviceCodes, now);
    }

    void approve(Instant now) {
        decide(AttachmentStatus.APPROVED, null, now);
    }

    void refuse(String reason, Instant now) {
        decide(AttachmentStatus.REFUSED, reason, now);
    }

    void expire(Instant now) {
        decide(AttachmentStatus.EXPIRED, null, now);
    }

    private void decide(AttachmentStatus outcome, String reason, Instant now) {
        if (status != AttachmentStatus.PENDING) {
            throw new IllegalStateException("attachment " + id + " was already decided: " + status);
        }
        status = outcome;
        refusalReason = reason;
        decidedAt = now;
    }

    public boolean isManagerOfRecord() {
        return status == AttachmentStatus.APPROVED && role.manages();
    }

    public String getId() {
        return id;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getStructureId() {
        return structureId;
    }

    public Role getRole() {
        return role;
    }

    public AttachmentStatus getStatus() {
        return status;
    }

    public AttachmentScope getScope() {
        return scope;
    }

    public Set<String> getServiceCodes() {
        return Set.copyOf(serviceCodes);
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

}
