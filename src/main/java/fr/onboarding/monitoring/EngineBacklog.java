package fr.onboarding.monitoring;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What waits in the engine, read at each scrape: open incidents (a step failed for good, a mail
 * during a long SMTP outage), the jobs due now that no node has run yet (the backlog), and the
 * jobs that failed and wait for a retry. They count the shared database: every node reports the
 * same figure, so a dashboard takes their max, not their sum.
 */
@Component
class EngineBacklog implements MeterBinder {

    private final RuntimeService runtime;
    private final ManagementService management;

    EngineBacklog(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("onboarding.incidents.open", runtime, engine -> engine.createIncidentQuery().count())
                .description("Open incidents: steps that failed for good").register(meters);
        Gauge.builder("onboarding.jobs.due", management, engine -> engine.createJobQuery().executable().count())
                .description("Jobs due now and not yet run (mails, timers, save points)").register(meters);
        Gauge.builder("onboarding.jobs.failing", management, engine -> engine.createJobQuery().withException()
                        .withRetriesLeft().count())
                .description("Jobs that failed and wait for their next try (mails during an SMTP outage)").register(meters);
    }
}
