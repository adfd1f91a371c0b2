package fi.tiekartta.testing;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every service must do the same way, checked in each of them by a one-line subclass annotated
 * with {@link ServiceIntegrationTest}: it starts on real infrastructure, creates the contract's topics,
 * reports health, exposes only the operational endpoints operators need, and lets no one in without a token.
 */
public abstract class ServiceConventionsTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    private EmbeddedKafkaBroker kafka;
    @Value("${spring.application.name}")
    private String serviceName;

    /** A path of this service's API, e.g. {@code /api/work-packages}. */
    protected abstract String apiPath();

    @Test
    void health_is_public_and_up() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void metrics_are_exposed_for_prometheus() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void other_actuator_endpoints_are_not_exposed() throws Exception {
        mvc.perform(get("/actuator/env").with(Tokens.admin())).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(Tokens.admin())).andExpect(status().isNotFound());
    }

    @Test
    void every_topic_of_the_contract_exists_and_keeps_its_events() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()))) {
            await().untilAsserted(() -> assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL));
            for (String topic : Topics.ALL) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(topic).isEqualTo("-1");
            }
        }
    }

    @Test
    void the_openapi_document_is_public_and_3_1() throws Exception {
        String document = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi", startsWith("3.1")))
                .andExpect(jsonPath("$.info.title", containsString(serviceName)))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearerAuth").exists())
                .andExpect(jsonPath("$.servers[0].url").value("/"))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(document, "$.paths");
        assertThat(paths.keySet()).contains(apiPath());
    }

    @Test
    void the_api_needs_a_bearer_token() throws Exception {
        mvc.perform(get(apiPath()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
