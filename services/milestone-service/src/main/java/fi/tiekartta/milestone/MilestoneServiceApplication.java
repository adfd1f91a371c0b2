package fi.tiekartta.milestone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The milestone context: milestones of work packages and measures. Its domain arrives with the roadmap-domain issue; the skeleton runs the shared platform. */
@SpringBootApplication
public class MilestoneServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MilestoneServiceApplication.class, args);
    }
}
