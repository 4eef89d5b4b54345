package fr.onboarding.account.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginEmailChangeTokenRepository extends JpaRepository<LoginEmailChangeToken, String> {

    Optional<LoginEmailChangeToken> findByTokenHash(String tokenHash);

    /** Read for update: a link followed twice at once changes the address once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginEmailChangeToken t where t.tokenHash = :tokenHash")
    Optional<LoginEmailChangeToken> findForUpdate(String tokenHash);

    List<LoginEmailChangeToken> findByAccountId(String accountId);
}
