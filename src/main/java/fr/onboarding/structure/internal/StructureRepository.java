package fr.onboarding.structure.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StructureRepository extends JpaRepository<Structure, String> {

    /** The structure that holds this identifier now (see {@link Structure#keyOf}). */
    Optional<Structure> findByIdentifierKey(String identifierKey);

    /** The structure's row locked until the transaction ends: requests to join it are decided one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Structure s where s.id = :id")
    Optional<Structure> lockById(String id);
}
