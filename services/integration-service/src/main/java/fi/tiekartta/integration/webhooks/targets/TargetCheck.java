package fi.tiekartta.integration.webhooks.targets;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a webhook target may be called: at registration (the URL as given) and again before every delivery
 * attempt, because what a name resolves to can change after registration (DNS rebinding). A host is refused when
 * any of its addresses is internal ({@link InternalAddresses}), unless the operator has allowed it by name.
 * <p>
 * Known gap: the HTTP client resolves the name again when it connects, so a resolver that answers differently within
 * those milliseconds is not caught; pinning the checked address would need a client that connects to an address and
 * verifies the certificate for the name, which the JDK client does not offer.
 */
public final class TargetCheck {

    private static final int MAX_LENGTH = 2000;

    private final TargetRules rules;
    private final HostResolver resolver;

    public TargetCheck(TargetRules rules, HostResolver resolver) {
        this.rules = rules;
        this.resolver = resolver;
    }

    /** The target, checked; a {@link RefusedTarget} saying why when it may not be called. */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (rules.requireHttps() && !scheme.equals("https")) {
            throw new RefusedTarget("The target URL must use https.");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = hostOf(uri);
        if (rules.allows(host, port)) {
            return uri;
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException unknown) {
            throw new RefusedTarget("The target host '" + host + "' does not resolve to any address.");
        }
        if (addresses.isEmpty()) {
            throw new RefusedTarget("The target host '" + host + "' does not resolve to any address.");
        }
        for (InetAddress address : addresses) {
            Optional<String> why = InternalAddresses.whyRefused(address);
            if (why.isPresent()) {
                throw new RefusedTarget("The target host '" + host + "' resolves to " + address.getHostAddress() + ", "
                        + why.get() + ": webhooks are only sent to public addresses.");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedTarget("The target URL is required.");
        }
        if (url.length() > MAX_LENGTH) {
            throw new RefusedTarget("The target URL is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            throw new RefusedTarget("The target URL is not a valid URL.");
        }
        if (!uri.isAbsolute() || uri.getScheme() == null
                || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new RefusedTarget("The target URL must be an absolute http(s) URL.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new RefusedTarget("The target URL must name a host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("The target URL must not carry user information: use the signature to authenticate.");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedTarget("The target URL must not have a fragment.");
        }
        return uri;
    }

    /** The host without the brackets of an IPv6 literal. */
    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
