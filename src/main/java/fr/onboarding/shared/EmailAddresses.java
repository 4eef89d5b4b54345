package fr.onboarding.shared;

import java.util.regex.Pattern;

/**
 * The one rule of an e-mail address the engine accepts, for login and contact e-mails alike:
 * exactly the addresses the mail path delivers. Plain ASCII {@code local@domain.tld}: the
 * local part a dot-atom of RFC 5322 (no quoted string), the domain a host name with a
 * letters-only top-level label (no IP literal, no single-label host), at most 64 characters before
 * the {@code @} and 254 in all. Full-width characters, raw 8-bit letters, spaces and control
 * characters are refused.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    /**
     * Whether a log-in name may name an account at all: anything longer than an address, or with a
     * control character (a NUL byte...), is plain wrong credentials, looked up nowhere. Looser than
     * {@link #isMailable}, so that no account registered under an older rule is shut out.
     */
    public static boolean couldBeLogin(String loginName) {
        return loginName != null && loginName.length() <= MAX_LENGTH && loginName.chars().noneMatch(Character::isISOControl);
    }

    public static boolean isMailable(String address) {
        return address != null && address.length() <= MAX_LENGTH && address.indexOf('@') <= MAX_LOCAL_LENGTH
                && ADDRESS.matcher(address).matches();
    }
}
