package fi.tiekartta.web.notifications;

import fi.tiekartta.web.api.JsonModels;
import fi.tiekartta.web.api.NotificationsApi;
import fi.tiekartta.web.reporting.WorkSupport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;

/**
 * The signed-in user's inbox: what concerns them, newest first, a page at a time, all or only the unread ones.
 * Marking one or all as read posts a form (CSRF) and comes back to the same view (Post/Redirect/Get).
 */
@Controller
@RequestMapping("/notifications")
class InboxController {

    static final int PAGE_SIZE = 20;
    static final List<String> DONE = List.of("read", "allRead");

    private final NotificationsApi notifications;

    InboxController(NotificationsApi notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@RequestParam(required = false) String show, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) String done, Model model) {
        boolean unreadOnly = "unread".equals(show);
        int pageNumber = Math.max(0, page);
        Map<String, Object> inbox = notifications.inbox(unreadOnly, pageNumber, PAGE_SIZE);
        List<InboxEntry> entries = JsonModels.list(inbox.get("items")).stream().map(InboxEntry::of).toList();
        long total = number(inbox.get("total"));
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (entries.isEmpty() && total > 0 && pageNumber >= pages) {
            // The last ones on this page were marked read (unread view) or the page no longer exists: the last page.
            return "redirect:" + inboxPath(unreadOnly, pages - 1, done);
        }
        model.addAttribute("entries", entries);
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("unreadCount", number(inbox.get("unreadCount")));
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("newerPage", inboxPath(unreadOnly, pageNumber - 1, null));
        model.addAttribute("olderPage", inboxPath(unreadOnly, pageNumber + 1, null));
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "notifications/inbox";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable String id, @RequestParam(required = false) String show,
                    @RequestParam(defaultValue = "0") int page) {
        notifications.markRead(id);
        return WorkSupport.seeOther(inboxPath("unread".equals(show), Math.max(0, page), "read"));
    }

    @PostMapping("/read-all")
    String markAllRead(@RequestParam(required = false) String show) {
        notifications.markAllRead();
        return WorkSupport.seeOther(inboxPath("unread".equals(show), 0, "allRead"));
    }

    static String inboxPath(boolean unreadOnly, int page, String done) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/notifications");
        if (unreadOnly) {
            path.queryParam("show", "unread");
        }
        if (page > 0) {
            path.queryParam("page", page);
        }
        if (done != null && DONE.contains(done)) {
            path.queryParam("done", done);
        }
        return path.build().encode().toUriString();
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
