package fr.onboarding.structure.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StructureRepository extends JpaRepository<Structure, String> {

    /** The structure that holds this identifier now (see {@link Structure#keyOf}). */
    Optional<Structure> findByIdentifierKey(String identifierKey);
}
