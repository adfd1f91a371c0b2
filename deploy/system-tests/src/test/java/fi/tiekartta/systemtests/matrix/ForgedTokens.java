package fi.tiekartta.systemtests.matrix;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens the gateway must refuse, made from a real one: with a broken signature, with claims changed under the
 * original signature, with {@code alg: none}, and signed by a key of the test's own (a foreign realm). Plain JDK
 * cryptography: the test links to no JOSE library.
 */
final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private final KeyPair foreignKey;

    ForgedTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.foreignKey = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One character of the signature changed (not its last, whose low bits base64url may not use). */
    static String withBrokenSignature(String jwt) {
        String[] parts = jwt.split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** The claims given the admin's role, under the original signature. */
    static String withRolesRaisedToAdmin(String jwt) {
        String[] parts = jwt.split("\\.");
        ObjectNode claims = (ObjectNode) RealmTokens.claims(jwt);
        claims.putArray("roles").add("programme-admin").add("programme-viewer");
        return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
    }

    /** The unsecured JWS of RFC 7515: {@code alg: none} and no signature, with the admin's role. */
    static String unsigned(String jwt) {
        ObjectNode claims = (ObjectNode) RealmTokens.claims(jwt);
        claims.putArray("roles").add("programme-admin").add("programme-viewer");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims.toString()) + ".";
    }

    /**
     * The claims of a real token with another issuer, signed RS256 by the test's own key: a token of a realm the
     * gateway does not trust. With {@code issuer} equal to the real one it is a token that only claims to be ours.
     */
    String signedByForeignKey(String jwt, String issuer, String keyId) {
        ObjectNode claims = (ObjectNode) RealmTokens.claims(jwt);
        claims.put("iss", issuer);
        String signingInput = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}") + "."
                + encode(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(foreignKey.getPrivate());
            rsa.update(signingInput.getBytes(UTF_8));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String keyId(String jwt) {
        return RealmTokens.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])).path("kid").asString();
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(UTF_8));
    }
}
