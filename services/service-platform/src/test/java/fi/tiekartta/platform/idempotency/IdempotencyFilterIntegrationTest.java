package fi.tiekartta.platform.idempotency;

import fi.tiekartta.platform.support.TestKafka;
import fi.tiekartta.testing.EmbeddedMongo;
import fi.tiekartta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code Idempotency-Key} filter as every service gets it (platform auto-configuration, Spring Security with JWTs,
 * MongoDB), in front of a small creating endpoint that counts how often it really ran.
 */
@SpringBootTest(classes = IdempotencyFilterIntegrationTest.Service.class, properties = {
        "spring.application.name=idempotency-test",
        "spring.mongodb.database=idempotency-test"})
@AutoConfigureMockMvc
class IdempotencyFilterIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Things things;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestKafka.broker().getBrokersAsString());
        registry.add("spring.mongodb.uri", EmbeddedMongo::connectionString);
    }

    @Test
    void a_retry_with_the_same_key_gets_the_first_answer_and_creates_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = mvc.perform(create("/things", key, "{\"name\":\"a\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER))
                .andReturn().getResponse();

        MockHttpServletResponse retry = mvc.perform(create("/things", key, "{\"name\":\"a\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"))
                .andReturn().getResponse();

        assertThat(things.created(key)).isEqualTo(1);
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location")).isNotNull();
        assertThat(retry.getHeader("ETag")).isEqualTo("\"0\"");
        assertThat(retry.getContentType()).isEqualTo(first.getContentType());
    }

    @Test
    void the_same_key_with_another_body_or_path_is_a_422_problem() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create("/things", key, "{\"name\":\"a\"}")).andExpect(status().isCreated());

        mvc.perform(create("/things", key, "{\"name\":\"b\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value(
                        "This Idempotency-Key was used for a different request; use a new key for a new request."));
        mvc.perform(create("/other-things", key, "{\"name\":\"a\"}")).andExpect(status().isUnprocessableContent());
        assertThat(things.created(key)).isEqualTo(1);
    }

    @Test
    void keys_belong_to_their_caller() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create("/things", key, "{\"name\":\"a\"}")).andExpect(status().isCreated());
        mvc.perform(post("/things").with(Tokens.user("someone-else", "programme-admin"))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
        assertThat(things.created(key)).isEqualTo(2);
    }

    @Test
    void a_key_that_is_empty_too_long_or_sent_twice_is_a_400_problem_and_nothing_runs() throws Exception {
        String name = "{\"name\":\"" + UUID.randomUUID() + "\"}";
        for (String key : new String[] {"", "\"\"", "k".repeat(256), "tab\there"}) {
            mvc.perform(create("/things", key, name))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(create("/things", "one", name).header("Idempotency-Key", "two")).andExpect(status().isBadRequest());
        assertThat(things.total()).doesNotContainKey(name);
        // 255 characters, and the draft's quoted form, are keys
        mvc.perform(create("/things", "k".repeat(255), "{\"name\":\"x\"}")).andExpect(status().isCreated());
        String quoted = UUID.randomUUID().toString();
        mvc.perform(create("/things", "\"" + quoted + "\"", "{\"name\":\"x\"}")).andExpect(status().isCreated());
        mvc.perform(create("/things", quoted, "{\"name\":\"x\"}"))
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
    }

    @Test
    void without_the_header_every_post_runs() throws Exception {
        String body = "{\"name\":\"" + UUID.randomUUID() + "\"}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/things").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated());
        }
        assertThat(things.total().get(body).get()).isEqualTo(2);
    }

    @Test
    void a_5xx_answer_is_not_kept_so_the_retry_runs_for_real() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create("/flaky/" + key, key, "{\"name\":\"a\"}")).andExpect(status().isServiceUnavailable());

        mvc.perform(create("/flaky/" + key, key, "{\"name\":\"a\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
        mvc.perform(create("/flaky/" + key, key, "{\"name\":\"a\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
        assertThat(things.created(key)).isEqualTo(2); // the failed attempt and the one that passed
    }

    @Test
    void a_request_run_again_after_a_5xx_makes_the_same_ids_so_what_it_stored_is_not_stored_twice() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create("/ids/" + key, key, "{}")).andExpect(status().isInternalServerError());
        String again = mvc.perform(create("/ids/" + key, key, "{}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String otherKey = UUID.randomUUID().toString();
        String other = mvc.perform(create("/ids/" + otherKey, otherKey, "{}")).andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();

        assertThat(things.ids.get(key)).hasSize(4);
        assertThat(things.ids.get(key).subList(2, 4)).as("the second run's ids").isEqualTo(things.ids.get(key).subList(0, 2));
        assertThat(things.ids.get(key).get(1)).isNotEqualTo(things.ids.get(key).get(0));
        assertThat(again).contains(things.ids.get(key).get(0));
        assertThat(things.ids.get(otherKey)).doesNotContainAnyElementsOf(things.ids.get(key));
        assertThat(other).isNotEmpty();
    }

    @Test
    void without_a_key_ids_are_random() throws Exception {
        String path = "/ids/" + UUID.randomUUID();
        mvc.perform(post(path).with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content("{}"));
        mvc.perform(post(path).with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content("{}"));
        assertThat(things.ids.get(path.substring(5))).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void a_retry_while_the_first_request_is_running_is_a_409_problem() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(create("/slow", key, "{\"name\":\"a\"}")).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(things.slowEntered.await(20, TimeUnit.SECONDS)).isTrue();

        mvc.perform(create("/slow", key, "{\"name\":\"a\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        things.slowRelease.countDown();
        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(HttpStatus.CREATED.value());
        mvc.perform(create("/slow", key, "{\"name\":\"a\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
    }

    private static MockHttpServletRequestBuilder create(String path, String key, String body) {
        return post(path).with(Tokens.admin()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Things.class)
    static class Service {
    }

    /** A creating endpoint that counts how often it ran, per Idempotency-Key and per body. */
    @RestController
    static class Things {

        final Map<String, AtomicInteger> byKey = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> byBody = new ConcurrentHashMap<>();
        final Map<String, List<String>> ids = new ConcurrentHashMap<>();
        final CountDownLatch slowEntered = new CountDownLatch(1);
        final CountDownLatch slowRelease = new CountDownLatch(1);

        int created(String key) {
            AtomicInteger count = byKey.get(key);
            return count == null ? 0 : count.get();
        }

        Map<String, AtomicInteger> total() {
            return byBody;
        }

        @PostMapping({"/things", "/other-things"})
        ResponseEntity<Map<String, String>> create(@RequestBody Map<String, String> thing,
                @RequestHeader(value = "Idempotency-Key", required = false) String key) {
            return created(thing, key);
        }

        @PostMapping("/flaky/{key}")
        ResponseEntity<Map<String, String>> flaky(@PathVariable String key, @RequestBody Map<String, String> thing) {
            if (byKey.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement() == 0) {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build(); // stored, then failed
            }
            String id = UUID.randomUUID().toString();
            return ResponseEntity.created(URI.create("/things/" + id)).eTag("\"0\"").body(Map.of("id", id));
        }

        /** Makes two ids; the first run of a key fails afterwards with a 500, as a service that stored and then broke. */
        @PostMapping("/ids/{key}")
        ResponseEntity<String> ids(@PathVariable String key) {
            List<String> made = ids.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
            boolean first = made.isEmpty();
            String one = IdempotentIds.newId();
            String two = IdempotentIds.newId();
            made.add(one);
            made.add(two);
            return ResponseEntity.status(first ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.CREATED).body(one + "," + two);
        }

        @PostMapping("/slow")
        ResponseEntity<Map<String, String>> slow(@RequestBody Map<String, String> thing) throws InterruptedException {
            slowEntered.countDown();
            slowRelease.await(20, TimeUnit.SECONDS);
            return created(thing, null);
        }

        private ResponseEntity<Map<String, String>> created(Map<String, String> thing, String key) {
            if (key != null) {
                byKey.computeIfAbsent(key.replace("\"", ""), k -> new AtomicInteger()).incrementAndGet();
            }
            byBody.computeIfAbsent("{\"name\":\"" + thing.get("name") + "\"}", k -> new AtomicInteger()).incrementAndGet();
            String id = UUID.randomUUID().toString();
            return ResponseEntity.created(URI.create("/things/" + id)).eTag("\"0\"")
                    .body(Map.of("id", id, "name", thing.get("name")));
        }
    }
}
