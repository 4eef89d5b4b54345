package fr.onboarding.web;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Every text of a JSON request is plain text: a control character other than a tab or a line
 * break (a NUL byte...) makes its field an error, before anything stores it.
 */
@Component
class JsonStrings extends SimpleModule {

    JsonStrings() {
        super("plain-text-strings");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (text != null && OddRequestGuard.isControlled(text)) {
                    throw new ForbiddenCharacters(parser, text);
                }
                return text;
            }
        });
    }

    /** A text with a control character; {@link ApiProblems} names its field. */
    static class ForbiddenCharacters extends InvalidFormatException {

        ForbiddenCharacters(JsonParser parser, String text) {
            super(parser, "control character in a text", text, String.class);
        }
    }
}
