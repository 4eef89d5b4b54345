package fr.onboarding.credentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.passay.dictionary.ArrayWordList;
import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.DictionarySubstringRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.Rule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;


/**
 * The portal's password rule: at least {@code onboarding.password.min-length} characters (12, or
 * the 2020 guide's 8), at least 3 of the 4 classes upper case, lower case, digits, special
 * characters (accented letters count as special, as the guides say), not a common password and
 * not containing the person's name or e-mail.
 */
@Component
public class PasswordPolicy {

    /** What the portal counts as "special": ASCII punctuation, accented and other Latin letters. */
    private static final CharacterData SPECIAL = specialCharacters();
    private static final int PERSONAL_WORD_MIN_LENGTH = 3;

    private final int minLength;
    private final int maxLength;
    private final Rule commonPasswords;

    public PasswordPolicy(PasswordSettings settings) {
        this.minLength = settings.minLength();
        this.maxLength = settings.maxLength();
        this.commonPasswords = new DictionaryRule(new WordListDictionary(loadWordList("credentials/common-passwords.txt")));
    }

    public int minLength() {
        return minLength;
    }

    /** The broken rules, as codes ({@code password.tooShort}...) that the caller turns into messages. */
    public List<String> violations(String password, String... personalWords) {
        List<String> codes = new ArrayList<>();
        if (!validate(new LengthRule(minLength, maxLength), password)) {
            codes.add(password.length() < minLength ? "password.tooShort" : "password.tooLong");
        }
        if (!validate(characterClasses(), password)) {
            codes.add("password.characterClasses");
        }
        if (!validate(commonPasswords, password) || !validate(commonPasswords, core(password))) {
            codes.add("password.common");
        }
        String[] words = Stream.of(personalWords).flatMap(PasswordPolicy::personalParts)
                .filter(w -> w.length() >= PERSONAL_WORD_MIN_LENGTH).distinct().toArray(String[]::new);
        if (words.length > 0 && !validate(new DictionarySubstringRule(
                new WordListDictionary(new ArrayWordList(words, false, new ArraysSort()))), withoutAccents(password))) {
            codes.add("password.personal");
        }
        return codes;
    }

    private static boolean validate(Rule rule, String password) {
        return rule.validate(new PasswordData(password)).isValid();
    }

    /** "Soleil2026!" is "soleil" with decorations: the common word inside what people add around it. */
    private static String core(String password) {
        return password.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static String withoutAccents(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Rule characterClasses() {
        return new CharacterCharacteristicsRule(3,
                new CharacterRule(EnglishCharacterData.UpperCase, 1),
                new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(SPECIAL, 1));
    }

    /** "jean-pierre.dupont@example.fr" gives jean-pierre.dupont, jean, pierre, dupont: the domain names nobody (gmail, orange...). */
    private static Stream<String> personalParts(String value) {
        if (value == null) {
            return Stream.empty();
        }
        String local = value.contains("@") ? value.substring(0, value.indexOf('@')) : value;
        return Stream.concat(Stream.of(local), Stream.of(local.split("[^\\p{L}\\p{N}]+")))
                .map(s -> withoutAccents(s).toLowerCase(Locale.ROOT));
    }

    private static CharacterData specialCharacters() {
        StringBuilder chars = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if (!Character.isLetterOrDigit(c)) {
                chars.append(c);
            }
        }
        for (char c = '\u00A1'; c <= '\u024F'; c++) {
            chars.append(c);
        }
        chars.append(" €");
        String characters = chars.toString();
        return new CharacterData() {
            @Override
            public String getErrorCode() {
                return "INSUFFICIENT_SPECIAL";
            }

            @Override
            public String getCharacters() {
                return characters;
            }
        };
    }

    private static ArrayWordList loadWordList(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String[] words = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("bundled list " + resource + " is missing", e);
        }
    }
}
