package fr.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.onboarding.Journey;
import fr.onboarding.Diagrams;
import fr.onboarding.JourneyTest;
import fr.onboarding.mail.MailLinkIssuer;
import fr.onboarding.mail.internal.Recipient;

/**
 * Modeler's element templates (.camunda/element-templates/) offer only what Java knows, and
 * everything the diagrams of bpmn/ use: a template that drifts from the code would let an analyst
 * pick a mail without a template or a step without a bean, which the lint cannot see.
 */
@JourneyTest
class ElementTemplatesTest {

    private static final String SEND_MAIL = "${sendMail}";
    private static final JsonNode TEMPLATES = read(Path.of(".camunda", "element-templates", "onboarding.json"));
    private static final List<BpmnModelInstance> MODELS = Diagrams.all();

    @Autowired
    ApplicationContext context;
    @Autowired
    List<MailLinkIssuer> linkIssuers;
    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;
    @Autowired
    ProcessEngine engine;

    private static JsonNode read(Path path) {
        try {
            return new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode template(String id) {
        for (JsonNode template : TEMPLATES) {
            if (template.get("id").asText().equals(id)) {
                return template;
            }
        }
        throw new AssertionError("no element template " + id);
    }

    /** The values of the template's drop-down bound to {@code name} (a property or an input parameter). */
    private static Set<String> choices(String templateId, String name) {
        for (JsonNode property : template(templateId).get("properties")) {
            if (property.get("binding").path("name").asText().equals(name)) {
                Set<String> values = new HashSet<>();
                property.get("choices").forEach(choice -> values.add(choice.get("value").asText()));
                return values;
            }
        }
        throw new AssertionError("no property " + name + " in " + templateId);
    }

    private static <T> Stream<T> elements(Class<T> type) {
        return MODELS.stream().flatMap(model -> model.getModelElementsByType((Class) type).stream()).map(type::cast);
    }

    private static Set<String> mailInputs(String name) {
        return elements(CamundaInputParameter.class).filter(p -> p.getCamundaName().equals(name))
                .map(p -> p.getTextContent().strip()).collect(Collectors.toSet());
    }

    @Test
    void theMailTemplateOffersEveryMailTemplateWithItsSubjectInBothLanguages() throws IOException {
        Set<String> files = Diagrams.files("src/main/resources/templates/mail", ".html").stream()
                .map(p -> p.getFileName().toString().replace(".html", ""))
                .filter(name -> !name.equals("layout")).collect(Collectors.toSet());
        Set<String> offered = choices("fr.onboarding.send-mail", "mailTemplate");

        assertThat(offered).isEqualTo(files).containsAll(mailInputs("mailTemplate"));
        Properties french = bundle("_fr");
        Properties english = bundle("");
        assertThat(offered).allSatisfy(mail -> {
            assertThat(french).as(mail).containsKey("mail." + mail + ".subject");
            assertThat(english).as(mail).containsKey("mail." + mail + ".subject");
        });
    }

    /** The portal's bundles in one language: messages and structure-messages. */
    private static Properties bundle(String suffix) throws IOException {
        Properties texts = new Properties();
        for (String name : List.of("/messages", "/structure-messages")) {
            try (InputStream in = ElementTemplatesTest.class.getResourceAsStream(name + suffix + ".properties")) {
                texts.load(in);
            }
        }
        return texts;
    }

    @Test
    void theMailTemplateOffersEveryRecipientAndEveryLinkOrNone() {
        assertThat(choices("fr.onboarding.send-mail", "mailRecipient"))
                .isEqualTo(Arrays.stream(Recipient.values()).map(Enum::name).collect(Collectors.toSet()));
        Set<String> links = linkIssuers.stream().map(MailLinkIssuer::name).collect(Collectors.toSet());
        links.add("");
        assertThat(choices("fr.onboarding.send-mail", "mailLink")).isEqualTo(links);
    }

    /**
     * What the template sets without asking is what every mail task of the diagrams has: a save
     * point before it, on the task or, for a mail per manager, on each of its instances, and none
     * after it (a job more per mail; the delivery's mark already keeps a retry from sending again).
     */
    @Test
    void everyMailTaskOfTheDiagramsIsWhatTheMailTemplateMakes() {
        assertThat(elements(ServiceTask.class).filter(task -> SEND_MAIL.equals(task.getCamundaDelegateExpression())))
                .isNotEmpty().allSatisfy(task -> {
                    MultiInstanceLoopCharacteristics each = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics
                            loop ? loop : null;
                    assertThat(task.isCamundaAsyncBefore() || each != null && each.isCamundaAsyncBefore()).as(task.getId()).isTrue();
                    assertThat(task.isCamundaAsyncAfter() || each != null && each.isCamundaAsyncAfter()).as(task.getId()).isFalse();
                });
    }

    /** The template writes "no link" and "the process's account" as empty inputs: a mail goes out all the same. */
    @Test
    void aMailTaskAsTheTemplateWritesItIsSent() {
        String email = Journey.uniqueEmail();
        String accountId = journey.register(email);
        journey.runDueJobs();
        BpmnModelInstance fromTemplate = Bpmn.createExecutableProcess("mail-task-from-template").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("SendMailAsTemplated").camundaDelegateExpression(SEND_MAIL)
                .camundaAsyncBefore()
                .camundaInputParameter("mailTemplate", "account-creation-summary")
                .camundaInputParameter("mailRecipient", "LOGIN_EMAIL")
                .camundaInputParameter("mailLink", "")
                .camundaInputParameter("mailAccountId", "")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("mail-task-from-template.bpmn", fromTemplate).deploy();

        engine.getRuntimeService().startProcessInstanceByKey("mail-task-from-template", Map.of("accountId", accountId));
        journey.runDueJobs();

        assertThat(Journey.mailsTo(greenMail, email)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : votre compte utilisateur a bien été créé",
                        "Chorus Pro : activez votre compte utilisateur",
                        "Chorus Pro : votre compte utilisateur a bien été créé");
    }

    @Test
    void theStepTemplateOffersJavaStepsOnlyAndEveryStepTheDiagramsUse() {
        Set<String> offered = choices("fr.onboarding.portal-step", "camunda:delegateExpression");
        Set<String> used = elements(ServiceTask.class).map(ServiceTask::getCamundaDelegateExpression)
                .filter(expression -> !SEND_MAIL.equals(expression)).collect(Collectors.toSet());

        assertThat(offered).containsAll(used).doesNotContain(SEND_MAIL).allSatisfy(expression ->
                assertThat(context.getBean(expression.substring(2, expression.length() - 1)))
                        .as(expression).isInstanceOf(JavaDelegate.class));
    }

    @Test
    void theReviewTemplateOffersEveryFormGroupAndDueDateTheDiagramsUse() throws IOException {
        Set<String> forms = new HashSet<>();
        for (Path form : Diagrams.files("forms", ".form")) {
            forms.add((String) new ObjectMapper().readValue(form.toFile(), Map.class).get("id"));
        }

        assertThat(choices("fr.onboarding.review-task", "camunda:formRef")).isEqualTo(forms);
        assertThat(choices("fr.onboarding.review-task", "camunda:candidateGroups"))
                .containsAll(elements(UserTask.class).map(UserTask::getCamundaCandidateGroups).toList());
        assertThat(choices("fr.onboarding.review-task", "camunda:dueDate"))
                .containsAll(elements(UserTask.class).map(UserTask::getCamundaDueDate).toList());
    }

    @Test
    void thePolicyTemplateOffersEveryDecisionTheDiagramsAskFor() {
        assertThat(choices("fr.onboarding.policy-decision", "camunda:decisionRef"))
                .containsAll(elements(BusinessRuleTask.class).map(BusinessRuleTask::getCamundaDecisionRef).toList());
    }
}
