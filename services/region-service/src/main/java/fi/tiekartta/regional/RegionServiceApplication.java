package fi.tiekartta.regional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The regional implementation context: the regions, reporting rounds, regional reports and their verification,
 * national indicators, and the measures it learns from workpackage-service. Each feature package holds its
 * domain in plain Java, its application services in {@code application} and its adapters in {@code web},
 * {@code messaging}, {@code scheduling} and {@code persistence}.
 */
@SpringBootApplication
public class RegionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegionServiceApplication.class, args);
    }
}
