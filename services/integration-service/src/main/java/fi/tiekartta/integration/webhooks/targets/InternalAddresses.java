package fi.tiekartta.integration.webhooks.targets;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Addresses a webhook must never reach: the service's own host and the networks behind it. A subscriber controls the
 * URL, so without this a registration could make the service call its own actuator, MongoDB, a cloud metadata
 * endpoint (169.254.169.254) or anything on the private network (server-side request forgery). IPv6 forms that carry
 * an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
final class InternalAddresses {

    private InternalAddresses() {
    }

    /** Why the address is refused, or empty when it is a public unicast address. */
    static Optional<String> whyRefused(InetAddress address) {
        Optional<Inet4Address> embedded = embeddedIpv4(address);
        if (embedded.isPresent()) {
            return whyRefused(embedded.get()).map(reason -> reason + " (as an IPv6 form of " + embedded.get().getHostAddress() + ")");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return Optional.of("an address of 'this network' (0.0.0.0/8)");
            }
            if (first == 100 && (second & 0xc0) == 64) {
                return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
            }
            if (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) {
                return Optional.of("an IETF protocol address (192.0.0.0/24)");
            }
            if (first == 198 && (second & 0xfe) == 18) {
                return Optional.of("a benchmarking address (198.18.0.0/15)");
            }
            if (first >= 240) {
                return Optional.of("a reserved or broadcast address (240.0.0.0/4)");
            }
        } else if ((bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("a unique local address (fc00::/7)");
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address stands for, where it is one of the forms that carry one. */
    private static Optional<Inet4Address> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean firstTenZero = Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]);
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ipv4(b, 12); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0 && !(isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1))) {
            return ipv4(b, 12); // ::a.b.c.d, IPv4-compatible (:: and ::1 are judged as themselves)
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) {
            return ipv4(b, 12); // 64:ff9b::a.b.c.d, NAT64
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return ipv4(b, 2); // 2002:aabb:ccdd::, 6to4
        }
        return Optional.empty();
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Inet4Address> ipv4(byte[] bytes, int offset) {
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4)));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
