package fi.tiekartta.notification.users.web;

import fi.tiekartta.notification.users.application.UserService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every call of the notification API records its caller first ({@link SeenUsers}), after it was authorized. */
@Configuration(proxyBeanMethods = false)
class UsersWebConfiguration implements WebMvcConfigurer {

    private final UserService users;

    UsersWebConfiguration(UserService users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SeenUsers(users)).addPathPatterns("/api/notifications", "/api/notifications/**");
    }
}
