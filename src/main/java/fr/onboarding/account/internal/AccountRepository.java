package fr.onboarding.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, String> {

    /**
     * Every registration asks this. Written as JPQL: Hibernate caches a JPQL query's translation,
     * whereas a derived query ({@code findBy...}) is a criteria query translated again at each call.
     */
    @Query("select a from Account a where a.loginEmail = :loginEmail")
    Optional<Account> findByLoginEmail(String loginEmail);

    boolean existsByLoginEmail(String loginEmail);
}
