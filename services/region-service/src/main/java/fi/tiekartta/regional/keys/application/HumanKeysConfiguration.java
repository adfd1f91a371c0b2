package fi.tiekartta.regional.keys.application;

import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
import fi.tiekartta.regional.regions.RegionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link HumanKeys} over region-service's own catalogues of programmes, measures and regions. */
@Configuration(proxyBeanMethods = false)
class HumanKeysConfiguration {

    @Bean
    HumanKeys humanKeys(ProgrammeCatalogue programmes, MeasureCatalogue measures, RegionCatalogue regions) {
        return new HumanKeys(programmes, measures, regions);
    }
}
