package com.vinereports.sandbox;

import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/** Signs in at the sandbox provider's login page (a username is enough there) and returns where it leads. */
public final class SandboxLogin {

    private SandboxLogin() {
    }

    public static HtmlPage signIn(HtmlPage providerLogin, String username) throws Exception {
        HtmlForm form = providerLogin.getHtmlElementById("login");
        form.getInputByName("username").type(username);
        return providerLogin.getHtmlElementById("sign-in").click();
    }
}
