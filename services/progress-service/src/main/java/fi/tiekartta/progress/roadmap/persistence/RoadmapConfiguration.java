package fi.tiekartta.progress.roadmap.persistence;

import fi.tiekartta.progress.indicators.NationalIndicators;
import fi.tiekartta.progress.regional.MeasureCoverage;
import fi.tiekartta.progress.regional.RegionalImplementation;
import fi.tiekartta.progress.roadmap.AttentionFromDocuments;
import fi.tiekartta.progress.roadmap.RoadmapAttention;
import fi.tiekartta.progress.roadmap.RoadmapDocuments;
import fi.tiekartta.progress.roadmap.Roadmaps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The roadmap's views and its attention port over the kept documents. The regional ports are taken when there
 * are beans of them: without them the views show no coverage and no region × measure cells.
 */
@Configuration(proxyBeanMethods = false)
class RoadmapConfiguration {

    @Bean
    Roadmaps roadmaps(RoadmapDocuments documents, ObjectProvider<MeasureCoverage> coverage,
            ObjectProvider<RegionalImplementation> implementation, ObjectProvider<NationalIndicators> indicators) {
        return new Roadmaps(documents, coverage::getIfAvailable, implementation::getIfAvailable, indicators::getIfAvailable);
    }

    @Bean
    RoadmapAttention roadmapAttention(RoadmapDocuments documents, Clock clock) {
        return new AttentionFromDocuments(documents, clock);
    }
}
