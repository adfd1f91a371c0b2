package fi.tiekartta.web.layout;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ProgressApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page whose data a service refuses or cannot give says so in the page frame, in the user's language, with the
 * service's status: never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageErrorsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgressApi progress;

    @Test
    void aRefusalOfTheServiceIsShownAsAForbiddenPageInTheFrame() throws Exception {
        when(progress.changes(any(), any(), any(), anyInt(), anyInt()))
                .thenThrow(new ApiProblem(403, "Forbidden", "Your role does not allow this.", List.of()));
        mvc.perform(get("/changes").param("lang", "sv").with(SignedIn.viewer()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("<html lang=\"sv\"")))
                .andExpect(content().string(containsString("Ingen behörighet")))
                .andExpect(content().string(containsString("<span lang=\"en\">Your role does not allow this.</span>")))
                .andExpect(content().string(containsString("Logga ut")));
    }

    @Test
    void aServiceThatDoesNotAnswerGivesAnUnavailablePage() throws Exception {
        when(progress.changes(any(), any(), any(), anyInt(), anyInt())).thenThrow(new ResourceAccessException("Read timed out"));
        mvc.perform(get("/changes").with(SignedIn.viewer()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Palvelu ei vastaa")));
    }

    @Test
    void aServerErrorOfTheServiceIsABadGatewayPageNotAnError500() throws Exception {
        when(progress.changes(any(), any(), any(), anyInt(), anyInt()))
                .thenThrow(new ApiProblem(500, "Internal Server Error", null, List.of()));
        mvc.perform(get("/changes").with(SignedIn.viewer()))
                .andExpect(status().isBadGateway())
                .andExpect(content().string(containsString("Jotain meni vikaan")));
    }
}
