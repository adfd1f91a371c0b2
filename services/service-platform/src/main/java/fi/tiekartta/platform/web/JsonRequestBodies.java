package fi.tiekartta.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;
import java.util.Locale;

/**
 * A request body is JSON, {@code application/json} in UTF-8 (no charset, or {@code charset=UTF-8}), unless the
 * endpoint names other types with {@code consumes} (the roadmap import takes YAML): anything else is 415. Without
 * this, Spring MVC also reads {@code application/yaml} and {@code charset=utf-16} bodies into the same commands,
 * which no client of the API is meant to send and which the input checks were not written for.
 * <p>
 * Asked just before the body is read, so after authorization ({@code AuthorizationBeforeBody}): a caller without
 * the right gets 403 whatever they send.
 */
@ControllerAdvice
public class JsonRequestBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(parameter.getExecutable(), RequestMapping.class);
        return mapping == null || mapping.consumes().length == 0; // declared types are enforced by Spring MVC
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        MediaType type = input.getHeaders().getContentType();
        if (!isJsonInUtf8(type)) {
            throw new UnsupportedContentTypeException(type);
        }
        return input;
    }

    static boolean isJsonInUtf8(MediaType type) {
        if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            return false;
        }
        String charset = type.getParameter("charset");
        if (charset == null) {
            return true;
        }
        String name = charset.replace("\"", "").toLowerCase(Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8");
    }

    /** The body is of a type the endpoint does not take: 415. */
    public static class UnsupportedContentTypeException extends RuntimeException {

        UnsupportedContentTypeException(MediaType type) {
            super("The request body must be " + MediaType.APPLICATION_JSON_VALUE + " in UTF-8, not "
                    + (type == null ? "of no declared type" : type) + ".");
        }
    }
}
