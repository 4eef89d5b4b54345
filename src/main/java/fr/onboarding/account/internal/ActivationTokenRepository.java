package fr.onboarding.account.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ActivationTokenRepository extends JpaRepository<ActivationToken, String> {

    /** Each activation asks this; JPQL for the reason given on {@link AccountRepository#findByLoginEmail}. */
    @Query("select t from ActivationToken t where t.tokenHash = :tokenHash")
    Optional<ActivationToken> findByTokenHash(String tokenHash);

    /** Read for update: of requests that follow one link at once, one uses it and the others find it used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ActivationToken t where t.tokenHash = :tokenHash")
    Optional<ActivationToken> findForUpdate(String tokenHash);

    /** Each activation link mailed asks this; JPQL for the reason given on {@link AccountRepository#findByLoginEmail}. */
    @Query("select t from ActivationToken t where t.accountId = :accountId")
    List<ActivationToken> findByAccountId(String accountId);
}
