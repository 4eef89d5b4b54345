package fr.onboarding.structure.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import fr.onboarding.structure.AttachmentStatus;

interface MembershipRepository extends JpaRepository<Membership, String> {

    List<Membership> findByAccountId(String accountId);

    List<Membership> findByStructureId(String structureId);

    List<Membership> findByStructureIdAndStatus(String structureId, AttachmentStatus status);

    boolean existsByAccountIdAndStructureIdAndStatusIn(String accountId, String structureId,
                                                        Collection<AttachmentStatus> statuses);

    void deleteByStructureId(String structureId);
}
