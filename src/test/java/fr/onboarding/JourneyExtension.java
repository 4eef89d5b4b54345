package fr.onboarding;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The set-up every journey test shares, written once: Camunda BPM Assert, the webapps and the
 * engine's REST API work on this application's engine, the test's jobs are told from the
 * others', and a clock a test moved is put back.
 */
class JourneyExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext test) {
        ApplicationContext context = SpringExtension.getApplicationContext(test);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        // Each cached test context (H2, PostgreSQL...) has an engine named "default", and the
        // webapps and the engine's REST API find it by name in a JVM-wide registry: the last one
        // built wins. This test's own engine must be the one they find.
        ProcessEngines.registerProcessEngine(engine);
        AbstractAssertions.init(engine);
        context.getBean(Journey.class).beginTest();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        ClockUtil.reset();
    }
}
