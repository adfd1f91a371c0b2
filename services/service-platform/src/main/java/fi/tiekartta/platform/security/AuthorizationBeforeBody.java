package fi.tiekartta.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks an endpoint's authorization rule before Spring MVC reads, converts or validates the request body, so a
 * caller who may not call the endpoint gets 403 and never a 400 that describes the body (a viewer posting
 * {@code {"code":1}} learns nothing about what a programme needs).
 * <p>
 * Why an interceptor and not URL rules in the security filter chain: the rules already live on the endpoints as
 * {@code @PreAuthorize} (one place per endpoint, reviewed with the code), and some depend on a path variable
 * ({@code @reportingPolicy.canReportFor(authentication, #code)}). A {@code preHandle} runs after handler
 * mapping (so the endpoint and its URI template variables are known) and before argument resolution (so no body has
 * been read). It evaluates the same expression with the same handler as method security, with every path variable
 * bound by its parameter name and every other argument {@code null}. A rule that needs the body must say what can
 * be known without it with {@link AuthorizeBeforeBody}; using a body parameter in the rule without it is a
 * programming error (500, found by any test of the endpoint). Method security still evaluates the full rule when the
 * method is called: this check only moves the refusal earlier, it never allows what method security refuses.
 */
class AuthorizationBeforeBody implements HandlerInterceptor {

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<Method, Optional<Expression>> rules = new ConcurrentHashMap<>();

    AuthorizationBeforeBody(ApplicationContext context) {
        expressions.setApplicationContext(context); // resolves @reportingPolicy and other beans named in rules
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<Expression> rule = rules.computeIfAbsent(method.getMethod(), ignored -> ruleOf(method));
        if (rule.isEmpty()) {
            return true;
        }
        SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                argumentsKnownBeforeBody(method, request));
        EvaluationContext context = expressions.createEvaluationContext(
                () -> SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication(), invocation);
        if (!ExpressionUtils.evaluateAsBoolean(rule.get(), context)) {
            // Answered by the security filter chain's access denied handler, like a refusal of method security.
            throw new AccessDeniedException("Access Denied");
        }
        return true;
    }

    private Optional<Expression> ruleOf(HandlerMethod method) {
        AuthorizeBeforeBody early = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AuthorizeBeforeBody.class);
        if (early != null) {
            return Optional.of(expressions.getExpressionParser().parseExpression(early.value()));
        }
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return Optional.empty();
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterName() != null
                    && rule.value().contains("#" + parameter.getParameterName())) {
                throw new IllegalStateException(method + " authorizes by its body (" + rule.value()
                        + "): say with @AuthorizeBeforeBody what is checked before the body is read");
            }
        }
        return Optional.of(expressions.getExpressionParser().parseExpression(rule.value()));
    }

    @SuppressWarnings("unchecked")
    private static Object[] argumentsKnownBeforeBody(HandlerMethod method, HttpServletRequest request) {
        Map<String, String> pathVariables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        MethodParameter[] parameters = method.getMethodParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            PathVariable pathVariable = parameters[i].getParameterAnnotation(PathVariable.class);
            if (pathVariable != null && pathVariables != null) {
                String name = pathVariable.name().isEmpty() ? parameters[i].getParameterName() : pathVariable.name();
                arguments[i] = converted(pathVariables.get(name), parameters[i].getParameterType());
            }
        }
        return arguments;
    }

    private static Object converted(String value, Class<?> type) {
        try {
            return value == null ? null : DefaultConversionService.getSharedInstance().convert(value, type);
        } catch (RuntimeException notConvertible) {
            return null; // argument resolution answers 400 for it after this check
        }
    }
}
