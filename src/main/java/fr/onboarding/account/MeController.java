package fr.onboarding.account;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The logged-in account. Structures and workspaces come with the structure journey; none exist before it. */
    @GetMapping("/api/me")
    Me me(Principal principal) {
        Account account = accounts.findByLoginEmail(principal.getName()).orElseThrow();
        return new Me(account.getLoginEmail(), account.getContactEmail(), account.getFirstName(), account.getLastName(),
                account.getPhone(), account.getLanguage(), account.getStatus(), List.of(), Map.of());
    }

    record Me(String loginEmail, String contactEmail, String firstName, String lastName, String phone,
              String language, AccountStatus status, List<Object> structures, Map<String, Boolean> workspaces) {
    }
}
