package fi.tiekartta.programme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The programme context: national, cooperation-area and regional development programmes. */
@SpringBootApplication
public class ProgrammeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProgrammeServiceApplication.class, args);
    }
}
