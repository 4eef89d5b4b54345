package fr.onboarding.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an {@code application/problem+json} answer outside Spring MVC (filters, the error page),
 * in the reader's language, with the same texts as {@link ApiProblems}: a status's title is
 * {@code problem.status.<code>.title} when the bundles have it, else the HTTP reason phrase.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final PortalLocaleResolver locales;
    private final ObjectMapper json;

    Problems(MessageSource messages, PortalLocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    ProblemDetail problem(HttpStatus status, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("problem.status." + status.value() + ".title", null, status.getReasonPhrase(), locale));
        String detail = messages.getMessage("problem.status." + status.value() + ".detail", null, null, locale);
        if (detail != null) {
            problem.setDetail(detail);
        }
        return problem;
    }

    public void write(HttpStatus status, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem(status, locales.resolveLocale(request)));
    }
}
