package fi.tiekartta.web.notifications;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.NotificationsApi;
import fi.tiekartta.web.layout.FramePart;
import fi.tiekartta.web.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.context.LazyContextVariable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The unread count beside the header's link to the inbox ({@code unreadNotifications}: a number, or null when it
 * is not known). Every page shows it, so it must never break or slow a page: it is asked only when the page is
 * rendered (not for a redirect), with a short timeout, and after the notification service failed to answer the UI
 * stops asking for a while ({@code quiet-after-failure}) so that every page does not wait the timeout again. The
 * link is then shown without a count.
 */
@Component
class UnreadBadge implements FramePart {

    static final String ATTRIBUTE = "unreadNotifications";

    private static final Logger log = LoggerFactory.getLogger(UnreadBadge.class);

    private final NotificationsApi notifications;
    private final Duration quietAfterFailure;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant quietUntil = Instant.MIN;

    UnreadBadge(NotificationsApi notifications,
                @Value("${tiekartta.notifications.unread-count.quiet-after-failure:30s}") Duration quietAfterFailure) {
        this.notifications = notifications;
        this.quietAfterFailure = quietAfterFailure;
    }

    @Override
    public void addTo(Model model) {
        model.addAttribute(ATTRIBUTE, new LazyContextVariable<Integer>() {
            @Override
            protected Integer loadValue() {
                return count();
            }
        });
    }

    /** The signed-in user's unread count, or null when there is no user or the service did not tell. */
    Integer count() {
        if (CurrentUser.current().isEmpty() || clock.instant().isBefore(quietUntil)) {
            return null;
        }
        try {
            return notifications.unreadCount();
        } catch (ApiProblem problem) {
            // A refusal (401, 403) concerns this user only; the service's own trouble (5xx) concerns everyone.
            if (problem.status() >= 500) {
                stopAsking(problem.getMessage());
            }
            return null;
        } catch (RuntimeException notAnswered) {
            stopAsking(notAnswered.getMessage());
            return null;
        }
    }

    private void stopAsking(String why) {
        quietUntil = clock.instant().plus(quietAfterFailure);
        log.warn("No unread notification count ({}); the header shows the link without one for {}", why, quietAfterFailure);
    }
}
