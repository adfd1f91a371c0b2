package fi.tiekartta.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import fi.tiekartta.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a {@code POST} with an {@code Idempotency-Key} header safe to retry (IETF draft "The Idempotency-Key HTTP
 * Header Field"; ADR 13): a retry by the same caller (token subject) with the same key gets the first answer again
 * (status, {@code Location}, {@code ETag}, body) and writes nothing. The key is scoped to the caller, so two callers
 * cannot see each other's answers.
 * <ul>
 *   <li>the same key for a different request (method, path and query, body): 422;</li>
 *   <li>a retry while the first request is still running: 409, with {@code Retry-After};</li>
 *   <li>an empty key, one longer than 255 characters, or two of them: 400;</li>
 *   <li>a first answer that is a 5xx, or no answer (an exception), is not kept: the retry runs for real.</li>
 * </ul>
 * A request without the header, or without an authenticated caller, is not touched. Runs after Spring Security, which
 * has authenticated the caller; the body is read here once, fingerprinted, and handed on from memory.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    /** On a replayed answer: tells a client (and a test) that this is the first answer again. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    /** An answer larger than this is not kept (documents are limited to 16 MB); creating endpoints answer far less. */
    private static final int LARGEST_KEPT_ANSWER = 4 * 1024 * 1024;

    private final IdempotencyRecords records;
    private final ProblemResponses problems;
    private final Clock clock;

    IdempotencyFilter(IdempotencyRecords records, ProblemResponses problems, Clock clock) {
        this.records = records;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * Form and multipart bodies are left alone: the container reads their parameters from the body itself, which
     * this filter would have consumed. No Tiekartta endpoint takes them; JSON endpoints refuse them with 415.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null
                || contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || contentType.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String subject = subject();
        if (subject == null) {
            chain.doFilter(request, response); // nobody to scope the key to: security answers 401 anyway
            return;
        }
        List<String> values = Collections.list(request.getHeaders(IdempotencyKey.HEADER));
        if (values.size() != 1) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Send one Idempotency-Key header, not " + values.size() + ".");
            return;
        }
        IdempotencyKey key;
        try {
            key = IdempotencyKey.parse(values.get(0));
        } catch (IllegalArgumentException invalid) {
            problems.write(response, HttpStatus.BAD_REQUEST, invalid.getMessage());
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = sha256(subject + "\n" + key.value());
        String fingerprint = fingerprint(request, body);

        IdempotencyRecords.Outcome outcome = records.begin(id, fingerprint, clock.instant());
        if (outcome instanceof IdempotencyRecords.Proceed proceed) {
            HttpServletRequest cached = new CachedBodyRequest(request, body);
            cached.setAttribute(IdempotentIds.REQUEST_ATTRIBUTE, new IdempotentIds.Seed(proceed.seed(), new AtomicInteger()));
            proceed(cached, response, chain, id, proceed.attempt());
        } else if (outcome instanceof IdempotencyRecords.Replay replay) {
            replay(replay.answer(), response);
        } else if (outcome instanceof IdempotencyRecords.Mismatch) {
            problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        } else {
            response.setHeader("Retry-After", "1");
            problems.write(response, HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still in progress; retry it when that one has answered.");
        }
    }

    private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String id,
            long attempt) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            kept = keep(id, attempt, answer, request);
        } finally {
            if (!kept) {
                release(id, attempt);
            }
            answer.copyBodyToResponse();
        }
    }

    /**
     * Keeps a final answer that is not a 5xx; answers whether it did. A 401 or 403 is not kept either: it says who
     * the caller is and what their role allows now, not what became of the request, and a caller given the role
     * (or a fresh token) must not be answered from the refusal for a day.
     */
    private boolean keep(String id, long attempt, ContentCachingResponseWrapper answer, HttpServletRequest request) {
        int status = answer.getStatus();
        if (status >= 500 || status == 401 || status == 403 || request.isAsyncStarted()
                || answer.getContentSize() > LARGEST_KEPT_ANSWER) {
            return false;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredAnswer.REPLAYED_HEADERS) {
            String value = name.equals("Content-Type") ? answer.getContentType() : answer.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        try {
            records.complete(id, attempt, new StoredAnswer(answer.getStatus(), headers, answer.getContentAsByteArray()),
                    clock.instant());
            return true;
        } catch (RuntimeException e) {
            // The answer still goes out; a retry then runs again, as it would without the header.
            log.warn("Could not keep the answer of an idempotent request: {}", e.toString());
            return false;
        }
    }

    private void release(String id, long attempt) {
        try {
            records.release(id, attempt);
        } catch (RuntimeException e) {
            log.warn("Could not release an Idempotency-Key; a retry waits for its lease to end: {}", e.toString());
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** The token's {@code sub}, else the authenticated name; {@code null} for an anonymous request. */
    private static String subject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (authentication.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return authentication.getName();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        String query = request.getQueryString();
        String target = request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n";
        MessageDigest digest = sha256();
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
