package fr.onboarding.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, String> {

    Optional<Account> findByLoginEmail(String loginEmail);

    boolean existsByLoginEmail(String loginEmail);
}
