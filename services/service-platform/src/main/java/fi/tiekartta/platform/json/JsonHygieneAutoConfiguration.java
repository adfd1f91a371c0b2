package fi.tiekartta.platform.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The web's JSON mapper (the one Spring MVC reads request bodies with) reads texts strictly
 * ({@link StrictTexts}). Events have their own mapper ({@code EventJson}) and are not affected.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class JsonHygieneAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictTexts() {
        return builder -> builder.addModule(StrictTexts.module());
    }
}
