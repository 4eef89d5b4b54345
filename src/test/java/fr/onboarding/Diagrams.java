package fr.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The diagrams of bpmn/, read from where analysts edit them, for tests that check them against the code. */
public final class Diagrams {

    private Diagrams() {
    }

    /** The files of that folder with that extension, in name order. */
    public static List<Path> files(String folder, String extension) {
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<BpmnModelInstance> all() {
        return files("bpmn", ".bpmn").stream().map(path -> Bpmn.readModelFromFile(path.toFile())).toList();
    }
}
