package fi.tiekartta.notification.users.web;

import fi.tiekartta.notification.users.Preferences;
import fi.tiekartta.notification.users.application.UserService;
import fi.tiekartta.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notification preferences. Until they choose, the token decides: its e-mail, its locale's language
 * (or fi) and IMMEDIATE. A value that is not one of the allowed ones is 400 (an unknown digest) or 422 (a language
 * other than fi/sv/en, an address that is not one, a digest without an address), as problem+json.
 */
@RestController
@RequestMapping("/api/notifications/preferences")
@PreAuthorize(Roles.CAN_READ)
class PreferencesController {

    private final UserService users;

    PreferencesController(UserService users) {
        this.users = users;
    }

    @GetMapping
    PreferencesView get() {
        return PreferencesView.of(users.preferences(SeenUsers.username()));
    }

    @PutMapping
    PreferencesView put(@RequestBody PreferencesView request) {
        Preferences chosen = Preferences.chosen(request.email(), request.language(), request.emailDigest());
        return PreferencesView.of(users.choose(SeenUsers.username(), chosen));
    }
}
