package fr.onboarding.credentials;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginFailureRepository extends JpaRepository<LoginFailure, String> {

    List<LoginFailure> findByLockedUntilAfter(Instant now);
}
