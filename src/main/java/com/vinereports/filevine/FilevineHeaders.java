package com.vinereports.filevine;

import com.vinereports.auth.BearerTokens;
import com.vinereports.auth.FilevineIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Headers on every Filevine call: the Bearer token, the tenant headers once an org is chosen
 * ({@code x-fv-orgid}, and {@code x-fv-userid} = the universal user id), and a User-Agent (the gateway's
 * firewall answers some requests without one with 403).
 */
@ApplicationScoped
public class FilevineHeaders implements ClientHeadersFactory {

    static final String USER_AGENT = "VineReports/0.1 (Jakarta EE 10)";

    @Inject
    BearerTokens tokens;

    @Inject
    FilevineIdentity identity;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken());
        headers.putSingle(HttpHeaders.USER_AGENT, USER_AGENT);
        identity.chosenOrg().ifPresent(org -> {
            headers.putSingle("x-fv-orgid", Integer.toString(org.id()));
            headers.putSingle("x-fv-userid", Integer.toString(identity.getUser().userId()));
        });
        return headers;
    }
}
