package fi.tiekartta.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web UI: server-rendered pages (Thymeleaf, a little htmx) over progress-service's views, and forms that
 * write through the services' own APIs with the user's token. The gateway logs the user in and relays the token
 * (docs/adr/0011-server-rendered-web-ui.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebUiApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebUiApplication.class, args);
    }
}
