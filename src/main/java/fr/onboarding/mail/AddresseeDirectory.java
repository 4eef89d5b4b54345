package fr.onboarding.mail;

import java.util.Optional;

/** Looks up who a mail is for; implemented by the feature that owns accounts. */
public interface AddresseeDirectory {

    Optional<Addressee> find(String accountId);
}
