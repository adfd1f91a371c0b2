package fi.tiekartta.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gateway's answers when a real service of the running stack hangs or stops (issue 12): milestone-service is
 * frozen with SIGSTOP (it accepts connections and never answers), then killed (connections refused). Each time its
 * routes answer problem+json naming it within the route's timeout, and the other routes keep answering. Runs last:
 * the killed service is not started again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServiceOutageScenario {

    private static final String SERVICE = "milestone-service";

    protected abstract SystemUnderTest system();

    /** The launcher's home: {@code run/<name>.pid} holds each app's process (group) id. */
    protected abstract Path stackHome();

    /** False when the stack is kept for the next run ({@code -Dtiekartta.keepStack}): nothing is killed then. */
    protected abstract boolean mayStopServices();

    @Test
    @Order(1)
    void a_hung_service_is_answered_504_problem_after_its_route_timeout_and_the_other_routes_keep_answering() throws Exception {
        Api api = new Api(system().gatewayUrl());
        String viewer = new Tokens(system().issuer()).forUser("viewer");
        assertThat(api.get("/api/milestones", viewer).statusCode()).isEqualTo(200);

        signal("STOP");
        try {
            HttpResponse<String> hung = api.get("/api/milestones", viewer);
            assertThat(hung.statusCode()).isEqualTo(504);
            assertThat(hung.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(hung.body()).contains(SERVICE);
            assertThat(api.get("/api/programmes", viewer).statusCode()).isEqualTo(200);
        } finally {
            signal("CONT");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/milestones", viewer).statusCode()).isEqualTo(200));
    }

    @Test
    @Order(2)
    void a_stopped_service_is_answered_503_problem_naming_it_with_retry_after_and_the_other_routes_keep_answering() throws Exception {
        Assumptions.assumeTrue(mayStopServices(), "the stack is kept for the next run: " + SERVICE + " is not killed");
        Api api = new Api(system().gatewayUrl());
        String viewer = new Tokens(system().issuer()).forUser("viewer");

        signal("KILL");
        await().atMost(Duration.ofSeconds(30)).until(() -> !ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false));

        HttpResponse<String> stopped = api.get("/api/milestones", viewer);
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(stopped.headers().firstValue("Retry-After")).isPresent();
        assertThat(stopped.body()).contains(SERVICE);
        assertThat(api.get("/api/programmes", viewer).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/progress/programmes", viewer).statusCode()).isEqualTo(200);
    }

    private long pid() throws IOException {
        return Long.parseLong(Files.readString(stackHome().resolve("run").resolve(SERVICE + ".pid")).trim());
    }

    /** Sends the signal to the app's process group (the launcher starts each app as a group leader), else to it. */
    private void signal(String signal) throws IOException, InterruptedException {
        long pid = pid();
        Process group = new ProcessBuilder("kill", "-" + signal, "--", "-" + pid).redirectErrorStream(true).start();
        if (group.waitFor() != 0) {
            Process single = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true).start();
            assertThat(single.waitFor()).as("kill -" + signal + " " + pid).isZero();
        }
    }
}
