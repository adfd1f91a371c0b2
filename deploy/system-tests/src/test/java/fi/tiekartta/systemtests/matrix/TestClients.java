package fi.tiekartta.systemtests.matrix;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Two clients the matrix adds to the stack's realm through Keycloak's admin API (with the local stack's bootstrap
 * admin, as the launcher itself does), for the tokens no demo client gives: one whose access tokens live 5 seconds,
 * to get a properly signed expired token, and one without the {@code tiekartta-api} client scope, whose tokens are
 * properly signed but for another audience. Both are public clients with the password grant, like tiekartta-cli.
 */
final class TestClients {

    static final String SHORT_LIVED = "matrix-test-short-lived";
    static final String OTHER_AUDIENCE = "matrix-test-other-audience";

    private final RealmTokens tokens;

    TestClients(RealmTokens tokens) {
        this.tokens = tokens;
    }

    void create() {
        String admin = tokens.accessToken(tokens.keycloak() + "/realms/master", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin"));
        create(admin, """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,\
                "defaultClientScopes":["basic","roles","profile","tiekartta-api"],\
                "attributes":{"access.token.lifespan":"5"}}""".formatted(SHORT_LIVED));
        // Whether Keycloak takes defaultClientScopes on creation depends on its version: the scope is added explicitly.
        String api = tokens.keycloak() + "/admin/realms/tiekartta";
        String clientId = RealmTokens.JSON.readTree(ok(tokens.request("GET", api + "/clients?clientId=" + SHORT_LIVED, admin,
                null, null))).path(0).path("id").asString();
        String scopeId = java.util.stream.StreamSupport.stream(RealmTokens.JSON.readTree(ok(tokens.request("GET",
                        api + "/client-scopes", admin, null, null))).spliterator(), false)
                .filter(scope -> scope.path("name").asString().equals("tiekartta-api"))
                .map(scope -> scope.path("id").asString()).findFirst().orElseThrow();
        ok(tokens.request("PUT", api + "/clients/" + clientId + "/default-client-scopes/" + scopeId, admin, null, null));
        create(admin, """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,\
                "defaultClientScopes":["basic","roles","profile"]}""".formatted(OTHER_AUDIENCE));
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void create(String admin, String client) {
        HttpResponse<String> response = tokens.post(tokens.keycloak() + "/admin/realms/tiekartta/clients", admin,
                "application/json", client);
        // 409: made by an earlier run on a stack kept with -Dtiekartta.keepStack=true.
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + ": " + response.body());
        }
    }
}
