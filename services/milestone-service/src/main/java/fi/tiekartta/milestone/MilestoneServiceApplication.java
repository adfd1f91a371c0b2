package fi.tiekartta.milestone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The milestone context: milestones of work packages and measures, with periods kept in the precision they
 * were given, their revisions, and the overdue check that tells subscribers when a forecast has passed.
 */
@SpringBootApplication
public class MilestoneServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MilestoneServiceApplication.class, args);
    }
}
