package fr.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.onboarding.Diagrams;
import fr.onboarding.JourneyTest;
import fr.onboarding.ProcessDurations;
import fr.onboarding.account.RegistrationMessages;
import fr.onboarding.mail.MailLinkIssuer;
import fr.onboarding.mail.internal.Recipient;

/**
 * The BPMN an analyst edits and the Java behind it agree on every name one of them gives the
 * other: a rename in Modeler passes the lint, so this test is what stops it from reaching
 * production. Parses every diagram of bpmn/ and the forms of forms/.
 */
@JourneyTest
class ProcessNamesTest {

    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");
    private static final Pattern DURATION = Pattern.compile("\\$\\{durations\\.(\\w+)}");

    @Autowired
    ApplicationContext context;
    @Autowired
    List<MailLinkIssuer> linkIssuers;

    private static final List<Path> DIAGRAMS = Diagrams.files("bpmn", ".bpmn");
    private static final List<BpmnModelInstance> MODELS = Diagrams.all();

    private static String xml() {
        return DIAGRAMS.stream().map(path -> {
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).collect(Collectors.joining("\n"));
    }

    private static Set<String> found(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        Set<String> names = new java.util.TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void everyDelegateAndListenerTheDiagramsNameIsABean() {
        Set<String> beans = found(Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\""), xml());

        assertThat(beans).isNotEmpty().allSatisfy(name -> assertThat(context.containsBean(name)).as("bean " + name).isTrue());
    }

    @Test
    void everyDurationTheDiagramsReadIsConfigured() {
        Set<String> durations = found(DURATION, xml());
        Set<String> getters = Arrays.stream(ProcessDurations.class.getMethods()).map(m -> m.getName()).collect(Collectors.toSet());

        assertThat(durations).isNotEmpty().allSatisfy(name ->
                assertThat(getters).contains("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    }

    @Test
    void everyCalledProcessAndFormExists() throws IOException {
        Set<String> processes = MODELS.stream().flatMap(m -> m.getModelElementsByType(Process.class).stream())
                .map(Process::getId).collect(Collectors.toSet());
        Set<String> forms = new java.util.HashSet<>();
        for (Path form : Diagrams.files("forms", ".form")) {
            forms.add((String) new ObjectMapper().readValue(form.toFile(), Map.class).get("id"));
        }

        assertThat(MODELS.stream().flatMap(m -> m.getModelElementsByType(CallActivity.class).stream())
                .map(CallActivity::getCalledElement)).isNotEmpty().allSatisfy(called -> assertThat(processes).contains(called));
        assertThat(MODELS.stream().flatMap(m -> m.getModelElementsByType(UserTask.class).stream())
                .map(UserTask::getCamundaFormRef)).isNotEmpty().allSatisfy(formRef -> assertThat(forms).contains(formRef));
    }

    /** Cockpit tells the versions of a process apart by their tag, which the analyst dates when changing it. */
    @Test
    void everyProcessAndDecisionHasAVersionTag() {
        assertThat(MODELS.stream().flatMap(m -> m.getModelElementsByType(Process.class).stream()))
                .isNotEmpty().allSatisfy(process -> assertThat(process.getCamundaVersionTag()).as(process.getId()).matches("\\d{4}\\.\\d{2}\\.\\d{2}"));
        assertThat(Diagrams.files("bpmn", ".dmn").stream().map(path -> Dmn.readModelFromFile(path.toFile()))
                .flatMap(model -> model.getModelElementsByType(Decision.class).stream()))
                .isNotEmpty().allSatisfy(decision -> assertThat(decision.getVersionTag()).as(decision.getId()).matches("\\d{4}\\.\\d{2}\\.\\d{2}"));
    }

    @Test
    void everyDecisionABusinessRuleTaskAsksForIsATableBesideTheDiagrams() {
        Set<String> decisions = Diagrams.files("bpmn", ".dmn").stream().map(path -> Dmn.readModelFromFile(path.toFile()))
                .flatMap(model -> model.getModelElementsByType(Decision.class).stream()).map(Decision::getId)
                .collect(Collectors.toSet());

        assertThat(MODELS.stream().flatMap(m -> m.getModelElementsByType(BusinessRuleTask.class).stream())
                .map(BusinessRuleTask::getCamundaDecisionRef)).isNotEmpty()
                .allSatisfy(decision -> assertThat(decisions).contains(decision));
    }

    @Test
    void everyMailHasItsTemplateItsRecipientAndItsLink() {
        List<CamundaInputParameter> parameters = MODELS.stream()
                .flatMap(m -> m.getModelElementsByType(CamundaInputParameter.class).stream()).toList();
        Set<String> links = linkIssuers.stream().map(MailLinkIssuer::name).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (CamundaInputParameter parameter : parameters) {
            String value = parameter.getTextContent().strip();
            switch (parameter.getCamundaName()) {
                case "mailTemplate" -> {
                    if (getClass().getResource("/templates/mail/" + value + ".html") == null) {
                        problems.add("no mail template " + value);
                    }
                }
                case "mailRecipient" -> {
                    if (Arrays.stream(Recipient.values()).noneMatch(r -> r.name().equals(value))) {
                        problems.add("no recipient " + value);
                    }
                }
                case "mailLink" -> {
                    if (!links.contains(value)) {
                        problems.add("no link issuer " + value);
                    }
                }
                default -> { }
            }
        }

        assertThat(parameters).extracting(CamundaInputParameter::getCamundaName).contains("mailTemplate", "mailRecipient", "mailLink");
        assertThat(problems).isEmpty();
    }

    @Test
    void theMessagesJavaSendsAreTheOnesTheRegistrationWaitsFor() {
        Set<String> messages = MODELS.stream().flatMap(m -> m.getModelElementsByType(Message.class).stream())
                .map(Message::getName).collect(Collectors.toSet());

        assertThat(messages).contains(RegistrationMessages.ACCOUNT_ACTIVATED, RegistrationMessages.ACTIVATION_LINK_REQUESTED);
    }

    @Test
    void theRegistrationBranchesOnEveryKindJavaRecords() throws Exception {
        Class<?> kinds = Class.forName("fr.onboarding.registration.RegistrationKind");
        String registration = Files.readString(Path.of("bpmn", "account-registration.bpmn"));

        assertThat(kinds.getEnumConstants()).allSatisfy(kind -> assertThat(registration).contains("'" + kind + "'"));
    }
}
