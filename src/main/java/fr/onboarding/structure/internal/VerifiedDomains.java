package fr.onboarding.structure.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;

/**
 * A structure's verified mail domain: the domain of an active manager's login e-mail, proven by
 * that manager's activation. Public mail domains (structure/public-mail-domains.txt) never count:
 * anyone can have an address there.
 */
@Component
class VerifiedDomains {

    private final StructureService structures;
    private final AccountService accounts;
    private final Set<String> publicDomains;

    VerifiedDomains(StructureService structures, AccountService accounts) {
        this.structures = structures;
        this.accounts = accounts;
        this.publicDomains = readPublicDomains();
    }

    /** Whether this address's domain is the verified domain of the structure. */
    boolean isVerifiedDomainOf(String structureId, String email) {
        Optional<String> domain = domainOf(email).filter(d -> !publicDomains.contains(d));
        return domain.isPresent() && structures.managerAccountIds(structureId).stream().map(accounts::get)
                .filter(manager -> manager.status() == AccountStatus.ACTIVE)
                .anyMatch(manager -> domainOf(manager.loginEmail()).equals(domain));
    }

    static Optional<String> domainOf(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? Optional.empty() : Optional.of(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    private static Set<String> readPublicDomains() {
        try (InputStream list = new ClassPathResource("structure/public-mail-domains.txt").getInputStream()) {
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("structure/public-mail-domains.txt is part of the application", e);
        }
    }
}
