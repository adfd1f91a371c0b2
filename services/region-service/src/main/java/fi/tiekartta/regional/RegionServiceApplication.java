package fi.tiekartta.region;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The regional implementation context: reporting rounds and regional reports. Its domain arrives with the regional-reporting issue; the skeleton runs the shared platform. */
@SpringBootApplication
public class RegionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegionServiceApplication.class, args);
    }
}
