package fr.onboarding.structure;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StructureRepository extends JpaRepository<Structure, String> {

    Optional<Structure> findByIdentifierTypeAndIdentifier(IdentifierType identifierType, String identifier);
}
