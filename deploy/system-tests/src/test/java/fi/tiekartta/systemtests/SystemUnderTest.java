package fi.tiekartta.systemtests;

/**
 * Where a running Tiekartta answers: everything the scenario needs to know about a tier.
 *
 * @param gatewayUrl base URL of the gateway, e.g. {@code http://localhost:18080}
 * @param issuer the Keycloak realm's issuer URL; the apps are configured with the same string, so tokens
 *        fetched from it carry the issuer they expect
 * @param kafkaBootstrapServers {@code host:port} of the broker
 */
record SystemUnderTest(String gatewayUrl, String issuer, String kafkaBootstrapServers) {
}
