package fr.onboarding.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

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

    /** For a page: each field's messages, in the reader's language; a page names {@code address.line} "line". */
    public Map<String, String> messagesByField(MessageSource messages, Locale locale) {
        return problems.stream().collect(Collectors.toMap(p -> p.field().substring(p.field().lastIndexOf('.') + 1),
                p -> messages.getMessage(p.messageKey(), null, locale), (a, b) -> a + " " + b, LinkedHashMap::new));
    }

    public record FieldProblem(String field, String messageKey) {
    }
}
