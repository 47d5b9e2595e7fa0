package com.vinereports.filevine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Headers on every Filevine call: the Bearer token, the tenant headers once an org is chosen
 * ({@code x-fv-orgid}, and {@code x-fv-userid} = the universal user id), and a User-Agent (the gateway's
 * firewall answers some requests without one with 403). Token and org come from the {@link CallCredentials}
 * the gateway bound to this call.
 */
@ApplicationScoped
public class FilevineHeaders implements ClientHeadersFactory {

    static final String USER_AGENT = "VineReports/0.1 (Jakarta EE 10)";

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        CallCredentials call = CallCredentials.current();
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + call.bearer());
        headers.putSingle(HttpHeaders.USER_AGENT, USER_AGENT);
        if (call.orgId() != null) {
            headers.putSingle("x-fv-orgid", Integer.toString(call.orgId()));
            headers.putSingle("x-fv-userid", Integer.toString(call.userId()));
        }
        return headers;
    }
}
