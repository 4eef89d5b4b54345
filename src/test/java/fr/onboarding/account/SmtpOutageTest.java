package fr.onboarding.account;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.mailsTo;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * Fault test: the SMTP server is down while people register. They are all answered, and once it is
 * back each gets the mails of a registration, once, with a link that works.
 */
@JourneyTest
class SmtpOutageTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    Journey journey;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void smtpBack() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    /** Runs every due job of these registrations once, as the job executor would; a failure is the engine's to retry. */
    private void tryDueJobsOf(List<String> accountIds) {
        Set<String> instances = accountIds.stream()
                .map(id -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId())
                .collect(Collectors.toSet());
        for (Job job : management.createJobQuery().executable().list()) {
            if (instances.contains(job.getProcessInstanceId())) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException smtpDown) {
                    // recorded on the job: retried after its wait
                }
            }
        }
    }

    @Test
    void registrationsDuringAnOutageAreAnsweredAndMailedOnceWhenSmtpIsBack() {
        greenMail.stop();
        List<String> emails = IntStream.range(0, 5).mapToObj(i -> uniqueEmail()).toList();

        List<String> accountIds = emails.stream().map(journey::register).toList();
        tryDueJobsOf(accountIds);
        tryDueJobsOf(accountIds);

        greenMail.start();
        for (int wait = 0; wait < 3; wait++) {
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
            journey.runDueJobs();
        }

        assertThat(emails).allSatisfy(email -> assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : votre compte utilisateur a bien été créé",
                        "Chorus Pro : activez votre compte utilisateur"));
        assertThat(accountIds).allSatisfy(id -> assertThat(runtime.createIncidentQuery()
                .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId())
                .count()).isZero());
        assertThat(journey.post("/api/activations/" + activationTokenFromMail(greenMail, emails.get(0)),
                activationForm(STRONG_PASSWORD)).getStatusCode().value()).isEqualTo(204);
    }
}
