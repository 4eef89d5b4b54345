package fr.onboarding;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans a process calls, for an engine-only test: a Mockito mock per delegate and review
 * listener, {@code ${durations}} with the production defaults and the real {@code ${dates}}. A test replaces a delegate that
 * must answer (set variables) with {@link #answer}.
 */
public class EngineOnlyDelegates {

    private static final Map<String, String> DURATIONS = Map.of("accountValidity", "P30D",
            "attachmentReminder", "P7D", "attachmentExpiry", "P30D", "publicStructureReviewDue", "P7D",
            "publicStructureReviewExpiry", "P30D", "supportTicketDue", "P2D", "supportTicketExpiry", "P30D");

    private final Map<String, JavaDelegate> delegates = new HashMap<>();

    public EngineOnlyDelegates(String... delegateNames) {
        Mocks.register("durations", DURATIONS);
        Mocks.register("dates", new ProcessDates());
        for (String name : delegateNames) {
            answer(name, mock(JavaDelegate.class, name));
        }
    }

    /** A review task's completion listener that lets every decision through. */
    public EngineOnlyDelegates withReviewListeners(String... listenerNames) {
        for (String name : listenerNames) {
            Mocks.register(name, mock(TaskListener.class, name));
        }
        return this;
    }

    /**
     * The mail step as the BPMN sees it: a mock that, for a mail with a link ({@code mailLink}),
     * gives the link's expiry ({@code mailLinkExpiresAt}) {@code validity} from the engine's clock.
     */
    public EngineOnlyDelegates mailingLinksValidFor(Duration validity) {
        return answer("sendMail", mock(JavaDelegate.class, withSettings().name("sendMail").defaultAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            if (execution.hasVariable("mailLink")) {
                execution.setVariableLocal("mailLinkExpiresAt", Date.from(ClockUtil.getCurrentTime().toInstant().plus(validity)));
            }
            return null;
        })));
    }

    public EngineOnlyDelegates answer(String name, JavaDelegate delegate) {
        delegates.put(name, delegate);
        Mocks.register(name, delegate);
        return this;
    }

    public JavaDelegate get(String name) {
        return delegates.get(name);
    }

    /** The in-memory engine of {@code engine-only.cfg.xml}, for a test's {@code @RegisterExtension} field. */
    public static ProcessEngineExtension engine() {
        return ProcessEngineExtension.builder().configurationResource("engine-only.cfg.xml").build();
    }

    public static void reset() {
        Mocks.reset();
    }
}
