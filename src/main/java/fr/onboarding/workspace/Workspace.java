package fr.onboarding.workspace;

/**
 * The portal's workspaces ("espaces de travail"), as the guides list them. Issued invoices and
 * issued requests are on by default (2022 guide).
 */
public enum Workspace {
    ISSUED_INVOICES(true),
    ISSUED_REQUESTS(true),
    WORKS_INVOICES(false),
    JUSTICE_FEE_STATEMENTS(false),
    COMMITMENTS(false),
    INVOICES_TO_VALIDATE(false),
    EDI_API_CONNECTION(false),
    FLOW_MONITORING(false),
    TIC_REFUND_REQUESTS(false);

    private final boolean onByDefault;

    Workspace(boolean onByDefault) {
        this.onByDefault = onByDefault;
    }

    public boolean isOnByDefault() {
        return onByDefault;
    }
}
