package fr.onboarding.mail.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import fr.onboarding.mail.MailSettings;

/**
 * The engine's retry cycle for any failed job, {@code onboarding.mail.retry-cycle}: mail jobs are
 * the ones an outage fails (SMTP), and set here rather than on each mail task, a task made with
 * Modeler's mail template (which cannot set a cycle) gets it too.
 */
@Component
class MailRetryCycle extends AbstractProcessEnginePlugin {

    private final MailSettings settings;

    MailRetryCycle(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobRetryTimeCycle(settings.retryCycle());
    }
}
