package fr.onboarding.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal that is not about one field: an expired link (410), a structure that already exists
 * (409), a registry that cannot answer (503)... Carries message keys; the handler translates them.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String titleKey;
    private final String detailKey;

    public ProblemException(HttpStatus status, String titleKey, String detailKey) {
        super(titleKey);
        this.status = status;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
    }

    public HttpStatus status() {
        return status;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }
}
