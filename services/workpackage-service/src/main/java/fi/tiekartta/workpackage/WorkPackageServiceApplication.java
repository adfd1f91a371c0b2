package fi.tiekartta.workpackage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The work package context: work packages (TP1-TP7) of a programme and their measures (see {@code package-info.java}). */
@SpringBootApplication
public class WorkPackageServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkPackageServiceApplication.class, args);
    }
}
