package fr.onboarding.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Plugs {@link PortalIdentityProvider} into the engine, for reading and for writing its own users. */
@Component
class PortalIdentityPlugin extends AbstractProcessEnginePlugin {

    private final PortalDirectory portal;

    PortalIdentityPlugin(@Lazy PortalDirectory portal) {
        this.portal = portal;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return PortalIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new PortalIdentityProvider(portal);
            }
        });
    }
}
