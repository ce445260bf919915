package org.stratum.app.api;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API calls as a client makes them: HTTP Basic with a demo account's password, JSON back. */
final class BasicAuthCalls {
    static final String PASSWORD = "tulip-harbour-42";

    private BasicAuthCalls() {
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static MvcTestResult get(MockMvcTester mvc, String username, String uri) {
        return mvc.get().uri(uri).header("Authorization", basic(username)).exchange();
    }

    static JsonNode json(MvcTestResult result) {
        try {
            return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
