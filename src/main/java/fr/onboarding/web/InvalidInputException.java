package fr.onboarding.web;

import java.util.List;

/**
 * Input that passed the annotations but breaks a rule only a service can check (captcha,
 * confirmation, password policy). Carries message keys; the handler translates them.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String messageKey) {
    }
}
