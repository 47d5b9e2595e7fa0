package com.vinereports.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.logging.Logger;

/**
 * The built-in mechanism's OpenID context, let go of once the sign-in callback has taken its tokens over
 * ({@link TokenRenewal#adoptLogin}). It is a session-scoped bean that cannot be serialized (eclipse-ee4j/soteria#379):
 * Payara stores a distributable session without it, but WildFly's Infinispan refuses to store the whole session
 * while it is there, so a session would never reach the other node. After sign-in the app reads nothing from it
 * ({@link AuthenticationOutcomes} serves signed-in requests without the mechanism), so it is destroyed through the
 * standard CDI context API, which removes it from the HTTP session.
 */
@ApplicationScoped
public class MechanismContext {

    private static final Logger LOG = Logger.getLogger(MechanismContext.class.getName());

    @Inject
    BeanManager beans;

    /** Removes the mechanism's context from the current session (nothing happens where the CDI context cannot). */
    public void release() {
        Context sessions = beans.getContext(SessionScoped.class);
        if (!(sessions instanceof AlterableContext alterable)) {
            LOG.fine("The session context cannot destroy beans: the mechanism's OpenID context stays in the session");
            return;
        }
        for (Bean<?> bean : beans.getBeans(OpenIdContext.class)) {
            if (bean.getScope() == SessionScoped.class) {
                alterable.destroy(bean);
            }
        }
    }
}
