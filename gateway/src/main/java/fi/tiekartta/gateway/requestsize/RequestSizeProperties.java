package fi.tiekartta.gateway.requestsize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * How large a request body may be ({@code tiekartta.gateway.request-size.*}): {@code max} for every request, except
 * the paths in {@code large-paths} (roadmap imports: a whole government term's roadmap in one YAML or JSON
 * document), which may send up to {@code large-max}.
 */
@ConfigurationProperties("tiekartta.gateway.request-size")
public record RequestSizeProperties(DataSize max, DataSize largeMax, List<String> largePaths) {

    public RequestSizeProperties {
        max = max == null ? DataSize.ofMegabytes(1) : max;
        largeMax = largeMax == null ? DataSize.ofMegabytes(10) : largeMax;
        largePaths = largePaths == null ? List.of("/api/roadmap-imports", "/api/roadmap-imports/**") : List.copyOf(largePaths);
    }
}
