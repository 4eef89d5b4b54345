package fr.onboarding.web;

/** A mailed link that is expired, used or revoked: answered 410 with what to do next. */
public class LinkGoneException extends RuntimeException {

    private final String titleKey;
    private final String detailKey;

    public LinkGoneException(String titleKey, String detailKey) {
        super(titleKey);
        this.titleKey = titleKey;
        this.detailKey = detailKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }
}
