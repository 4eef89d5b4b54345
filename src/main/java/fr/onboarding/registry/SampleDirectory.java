package fr.onboarding.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The registry of the default run, used when no SIRENE API key is configured, so that everything works offline.
 * Its establishments ({@value #RESOURCE}) are illustrative, written in the API's own JSON shape.
 */
public class SampleDirectory implements CompanyRegistry {

    static final String RESOURCE = "registry/sample-establishments.json";

    private final Map<String, Establishment> bySiret;

    public SampleDirectory() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<SireneJson.Answer> entries = new ObjectMapper().readValue(in, new TypeReference<>() {
            });
            bySiret = entries.stream()
                    .map(entry -> SireneMapping.toEstablishment(entry.etablissement()))
                    .collect(Collectors.toUnmodifiableMap(Establishment::siret, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @Override
    public RegistryAnswer lookup(String siret) {
        Establishment establishment = bySiret.get(siret);
        return establishment == null ? new RegistryAnswer.NotFound() : new RegistryAnswer.Found(establishment);
    }
}
