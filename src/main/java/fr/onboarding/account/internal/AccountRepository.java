package fr.onboarding.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, String> {

    Optional<Account> findByLoginEmail(String loginEmail);

    boolean existsByLoginEmail(String loginEmail);
}
