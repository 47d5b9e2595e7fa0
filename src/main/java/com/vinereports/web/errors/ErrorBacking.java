package com.vinereports.web.errors;

import com.vinereports.auth.AuthenticationOutcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.omnifaces.util.Faces;

/** Words for the error pages: what happened, and what the user can do. Never a stack trace. */
@Named
@RequestScoped
public class ErrorBacking {

    /** The login-failed page's status: a refusal, 403. */
    public void answerForbidden() {
        Faces.getExternalContext().setResponseStatus(403);
    }

    /** The app refused the sign-in's answer (a token that did not pass its checks): see AuthenticationOutcomes. */
    public boolean isLoginRefused() {
        return Boolean.TRUE.equals(Faces.getExternalContext().getRequestMap().get(AuthenticationOutcomes.LOGIN_REFUSED));
    }

    public String getLoginFailure() {
        if (isLoginRefused()) {
            return "Filevine's answer to this sign-in did not pass this application's checks, so it was refused. "
                    + "If it happens again, tell your administrator: the log says why.";
        }
        String reason = Faces.getExternalContext().getRequestParameterMap().get("reason");
        if ("denied".equals(reason)) {
            return "Filevine did not grant the sign-in (it was cancelled or refused).";
        }
        if ("expired".equals(reason)) {
            return "The sign-in took too long: this browser's sign-in expired while you were at Filevine's login "
                    + "(it waits a few minutes). Please sign in again.";
        }
        return "The sign-in could not be completed: its answer was expired, used twice, did not match the "
                + "sign-in this browser started, or Filevine refused this application's credentials.";
    }

    public String getUnavailableMessage() {
        Object reason = Faces.getExternalContext().getRequestMap().get("com.vinereports.unavailableReason");
        if ("settings".equals(reason)) {
            return "Login is not configured yet: an administrator has to provide the Filevine settings listed on the start page.";
        }
        return "Filevine's login service could not be reached. Nothing was lost; please try again in a moment.";
    }

    public String getMessage() {
        Map<String, Object> attributes = Faces.getExternalContext().getRequestMap();
        Object explicit = attributes.get("com.vinereports.errorMessage");
        if (explicit != null) {
            return explicit.toString();
        }
        Object status = attributes.get(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code) {
            return switch (code) {
                case 401 -> "You are not signed in.";
                case 403 -> "You don't have access to this page.";
                case 404 -> "There is no page at this address.";
                case 503 -> "The service is unavailable right now. Please try again in a moment.";
                default -> "Something went wrong on our side. Nothing was lost; please try again.";
            };
        }
        return "Something went wrong on our side. Nothing was lost; please try again.";
    }
}
