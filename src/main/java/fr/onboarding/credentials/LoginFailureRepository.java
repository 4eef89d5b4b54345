package fr.onboarding.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, String> {

    List<LoginFailure> findByLockedUntilAfter(Instant now);

    /** Counts without loading: a row read here would be stale when the same transaction then locks it. */
    long countByFailureKeyInAndLockedUntilAfter(List<String> keys, Instant now);

    /** Read for update: concurrent failures of one key are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from LoginFailure f where f.failureKey = :key")
    Optional<LoginFailure> findForUpdate(String key);
}
