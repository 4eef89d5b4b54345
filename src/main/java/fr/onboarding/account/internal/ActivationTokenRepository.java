package fr.onboarding.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivationTokenRepository extends JpaRepository<ActivationToken, String> {

    Optional<ActivationToken> findByTokenHash(String tokenHash);

    List<ActivationToken> findByAccountId(String accountId);
}
