package fi.tiekartta.progress;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The shared picture of progress: a read model built only from the events the other contexts
 * publish. It owns no decisions; it can be dropped and rebuilt by replaying the topics.
 */
@SpringBootApplication
public class ProgressServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProgressServiceApplication.class, args);
    }
}
