package fi.tiekartta.regional.regions.persistence;

import fi.tiekartta.kernel.region.Organisers;
import fi.tiekartta.regional.regions.CooperationArea;
import fi.tiekartta.regional.regions.Region;
import fi.tiekartta.regional.regions.RegionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Builds the {@link RegionCatalogue} from the organisers' reference data the domain kernel holds
 * ({@link Organisers#RESOURCE}, shared with progress-service); a broken file stops the service.
 */
@Configuration(proxyBeanMethods = false)
class RegionReferenceData {

    record ReferenceFile(String source, List<Region> regions, List<CooperationArea> cooperationAreas) {
    }

    @Bean
    RegionCatalogue regionCatalogue(JsonMapper jsonMapper) throws IOException {
        try (InputStream in = new ClassPathResource(Organisers.RESOURCE).getInputStream()) {
            ReferenceFile file = jsonMapper.readValue(in, ReferenceFile.class);
            return new RegionCatalogue(file.regions(), file.cooperationAreas());
        }
    }
}
