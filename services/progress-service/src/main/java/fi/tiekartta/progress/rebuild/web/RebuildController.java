package fi.tiekartta.progress.rebuild.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.progress.rebuild.RebuildStatus;
import fi.tiekartta.progress.rebuild.application.ReadModelRebuilds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilding the read model from the topics, for programme administrators: {@code POST} starts a rebuild (202 with
 * its status; 409 problem+json while one is running), {@code GET} shows how far the latest one is.
 */
@RestController
@RequestMapping("/api/progress/admin/rebuild")
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
class RebuildController {

    private final ReadModelRebuilds rebuilds;

    RebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RebuildStatus> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start());
    }

    @GetMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    RebuildStatus status() {
        return rebuilds.status();
    }
}
