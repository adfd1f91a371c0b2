package fi.tiekartta.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The part of an endpoint's {@code @PreAuthorize} rule that can be known before its body is read, for a rule that
 * needs the body (e.g. who may correct depends on the kind of correction in it). {@link AuthorizationBeforeBody}
 * asks this rule instead of {@code @PreAuthorize} before the body is read; method security still asks the full
 * {@code @PreAuthorize} rule once the body has been read. The rule sees the same names: {@code authentication},
 * beans ({@code @reportingPolicy}) and the path variables ({@code #code}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AuthorizeBeforeBody {

    /** A Spring Security expression, e.g. {@code "@reportingPolicy.canCorrectSome(authentication, #code)"}. */
    String value();
}
