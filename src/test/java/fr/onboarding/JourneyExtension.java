package fr.onboarding;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The set-up every journey test shares, written once: Camunda BPM Assert works on the
 * application's engine, the test's jobs are told from the others', and a clock a test moved is
 * put back.
 */
class JourneyExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext test) {
        ApplicationContext context = SpringExtension.getApplicationContext(test);
        AbstractAssertions.init(context.getBean(ProcessEngine.class));
        context.getBean(Journey.class).beginTest();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        ClockUtil.reset();
    }
}
