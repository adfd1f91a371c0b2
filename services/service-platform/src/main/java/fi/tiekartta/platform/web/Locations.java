package fi.tiekartta.platform.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Location} of a resource just created: the path of the current request with the new id added, as a
 * reference relative to the origin the client called ({@code /api/programmes/0b1c…}, RFC 9110 section 10.2.2
 * allows it). Never built from the request's {@code Host}, {@code X-Forwarded-Host} or {@code Forwarded} headers:
 * anyone who reaches a service can send those, and a Location naming their host would send the client there. The
 * client resolves it against the address it called, which is the gateway's.
 */
public final class Locations {

    private Locations() {
    }

    /** The current request's path with {@code /{id}} added. */
    public static URI ofNew(Object id) {
        String path = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest().getRequestURI();
        return UriComponentsBuilder.fromPath(path)
                .pathSegment(UriUtils.encodePathSegment(String.valueOf(id), StandardCharsets.UTF_8))
                .build(true).toUri();
    }
}
