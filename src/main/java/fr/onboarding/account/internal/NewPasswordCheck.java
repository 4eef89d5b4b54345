package fr.onboarding.account.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.onboarding.credentials.PasswordPolicy;
import fr.onboarding.shared.InvalidInputException.FieldProblem;

/** A new password against the policy and its confirmation, wherever one is chosen (activation, reset, My account). */
@Component
public class NewPasswordCheck {

    private final PasswordPolicy policy;

    NewPasswordCheck(PasswordPolicy policy) {
        this.policy = policy;
    }

    public List<FieldProblem> problems(Account account, String password, String confirmation) {
        List<FieldProblem> problems = new ArrayList<>();
        policy.violations(password, account.getFirstName(), account.getLastName(), account.getLoginEmail(),
                account.getContactEmail()).forEach(code -> problems.add(new FieldProblem("password", code)));
        if (!password.equals(confirmation)) {
            problems.add(new FieldProblem("passwordConfirmation", "password.confirmation.mismatch"));
        }
        return problems;
    }

    public int minLength() {
        return policy.minLength();
    }
}
