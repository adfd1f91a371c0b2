package fi.tiekartta.progress.exports.web;

import fi.tiekartta.platform.web.InvalidRequestException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spreadsheet formats: chosen by {@code format=csv|xlsx}, else by the {@code Accept} header (the most specific,
 * highest-quality of {@code text/csv} and the XLSX type; {@code text/*} is CSV; {@code application/*}, {@code *}{@code /*}
 * or no header is XLSX, what a ministry user opens).
 */
enum ExportFormat {
    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    static final MediaType XLSX_TYPE = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /**
     * @param format the query parameter, or null
     * @param accept the Accept header, or null
     * @throws InvalidRequestException for a format that is not csv or xlsx
     * @throws NotAcceptable           when neither format is acceptable
     */
    static ExportFormat choose(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw new InvalidRequestException("format: must be csv or xlsx, not " + format);
            };
        }
        if (accept == null || accept.isBlank()) {
            return XLSX;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException unreadable) {
            throw new InvalidRequestException("Accept: cannot be read: " + unreadable.getMessage());
        }
        MimeTypeUtils.sortBySpecificity(types);
        types.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
        for (MediaType type : types) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            if (type.isWildcardType()) {
                return XLSX;
            }
            if ("text".equals(type.getType()) && (type.isWildcardSubtype() || "csv".equals(type.getSubtype()))) {
                return CSV;
            }
            if ("application".equals(type.getType()) && (type.isWildcardSubtype() || XLSX_TYPE.getSubtype().equals(type.getSubtype()))) {
                return XLSX;
            }
        }
        throw new NotAcceptable(accept);
    }

    /** Neither CSV nor XLSX is acceptable to the client: 406. */
    static final class NotAcceptable extends RuntimeException {
        NotAcceptable(String accept) {
            super("Accept: " + accept + " does not admit text/csv or " + XLSX_TYPE + "; ask with format=csv|xlsx, or accept one of them");
        }
    }
}
