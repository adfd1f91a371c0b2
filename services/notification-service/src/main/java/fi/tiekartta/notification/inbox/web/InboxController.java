package fi.tiekartta.notification.inbox.web;

import fi.tiekartta.notification.inbox.application.InboxService;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own inbox: what was addressed to them, to the reporters of their region, to the verifiers or to the
 * admins, as their roles make them one. Nobody reads or marks anyone else's: another user's notification is 404.
 */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize(Roles.CAN_READ)
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    InboxView list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return InboxView.of(inbox.page(Actor.current().username(), unread, page, size));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable String id) {
        inbox.markRead(Actor.current().username(), id);
    }

    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll() {
        inbox.markAllRead(Actor.current().username());
    }
}
