package fr.onboarding.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The one rule of the addresses the engine accepts: exactly those the mail path delivers. */
class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"marie.durand@example.fr", "m+factures@sous.domaine.example.fr", "o'brien@example.ie",
            "a@b.co", "x_y-z@a-b.example.museum", "1234@example.fr"})
    void ordinaryAddressesAreMailable(String address) {
        assertThat(EmailAddresses.isMailable(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ａ@ｅｘａｍｐｌｅ．ｆｒ", "a@b", "\"a b\"@example.fr", "a@[127.0.0.1]", "é@exemple.fr",
            "a..b@example.fr", ".a@example.fr", "a.@example.fr", "a@example.123", "a@-example.fr", "a@example-.fr",
            "a b@example.fr", "a@example.f", "@example.fr", "a@", "a@@example.fr", "a@exa_mple.fr"})
    void addressesTheMailPathCannotDeliverAreNot(String address) {
        assertThat(EmailAddresses.isMailable(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void theLocalPartHasAtMost64Characters(int length) {
        assertThat(EmailAddresses.isMailable("a".repeat(length) + "@example.fr")).isEqualTo(length <= 64);
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 255})
    void anAddressHasAtMost254Characters(int length) {
        String address = "a".repeat(64) + "@" + domainOf(length - 65);
        assertThat(address).hasSize(length);
        assertThat(EmailAddresses.isMailable(address)).isEqualTo(length <= 254);
    }

    /** A host name of that length, in labels of at most 63 characters. */
    private static String domainOf(int length) {
        StringBuilder domain = new StringBuilder();
        while (length - domain.length() > 66) {
            domain.append("b".repeat(62)).append('.');
        }
        return domain.append("c".repeat(length - domain.length() - 3)).append(".fr").toString();
    }

    @Property
    void aControlCharacterMakesANameNoLogin(@ForAll @CharRange(from = '\u0000', to = '\u001f') char control,
                                            @ForAll @StringLength(max = 20) @CharRange(from = 'a', to = 'z') String name) {
        assertThat(EmailAddresses.couldBeLogin(name + control + "@example.fr")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 255})
    void aLoginNameHasAtMost254Characters(int length) {
        assertThat(EmailAddresses.couldBeLogin("a".repeat(length))).isEqualTo(length <= 254);
    }
}
