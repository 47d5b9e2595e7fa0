package com.vinereports.auth;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** A session that ends before signing in (timed out, refused, ended by the limit) leaves {@link SignInsInProgress}. */
@WebListener
public class SignInSessionEnds implements HttpSessionListener {

    @Inject
    SignInsInProgress signIns;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        signIns.over(event.getSession().getId());
    }
}
