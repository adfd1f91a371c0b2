package fi.tiekartta.progress.exports.web;

import fi.tiekartta.progress.exports.Exports;
import fi.tiekartta.progress.regional.RegionalViews;
import fi.tiekartta.progress.roadmap.RoadmapDocuments;
import fi.tiekartta.progress.roadmap.Roadmaps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exports over the roadmap's and the regional views' ports. The open data's publisher is configured:
 * {@code tiekartta.open-data.publisher.name} (default "Tiekartta") and {@code …publisher.url} (default none).
 */
@Configuration(proxyBeanMethods = false)
class ExportsConfiguration {

    @Bean
    Exports exports(Roadmaps roadmaps, RoadmapDocuments roadmapDocuments, RegionalViews regionalViews,
            @Value("${tiekartta.open-data.publisher.name:Tiekartta}") String publisherName,
            @Value("${tiekartta.open-data.publisher.url:}") String publisherUrl) {
        return new Exports(roadmaps, roadmapDocuments, regionalViews,
                new Exports.Publisher(publisherName, publisherUrl.isBlank() ? null : publisherUrl));
    }
}
