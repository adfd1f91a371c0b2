package fi.tiekartta.notification.roadmap.application;

import fi.tiekartta.contracts.milestone.MilestoneOverdue;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.notification.inbox.Feeds;
import fi.tiekartta.notification.inbox.Notification;
import fi.tiekartta.notification.roadmap.Confidence;
import fi.tiekartta.notification.roadmap.KnownWorkPackage;
import fi.tiekartta.notification.roadmap.RoadmapMessages;
import fi.tiekartta.notification.roadmap.WorkPackageDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a work package's owner (the admins while it has none) that one of its milestones went overdue or that its
 * delivery confidence fell. Events older than {@code tiekartta.notifications.max-event-age} tell nobody (see
 * {@code ReportingNotifications}).
 */
@Service
public class RoadmapNotifications {

    private final WorkPackageDirectory directory;
    private final Feeds feeds;
    private final Clock clock;
    private final Duration maxEventAge;

    public RoadmapNotifications(WorkPackageDirectory directory, Feeds feeds, Clock clock,
            @Value("${tiekartta.notifications.max-event-age:P7D}") Duration maxEventAge) {
        this.directory = directory;
        this.feeds = feeds;
        this.clock = clock;
        this.maxEventAge = maxEventAge;
    }

    public void milestoneOverdue(String eventId, Instant eventTime, MilestoneOverdue milestone) {
        Instant now = clock.instant();
        if (tooOld(eventTime, now)) {
            return;
        }
        Optional<KnownWorkPackage> workPackage = workPackageOf(milestone.parent());
        Notification notification = RoadmapMessages.milestoneOverdue(eventId, milestone, workPackage, now);
        feeds.add(RoadmapMessages.audienceOf(workPackage), notification);
    }

    /** Only a fall tells anyone: a rise, an unchanged rating and a first assessment do not. */
    public void confidenceChanged(String eventId, Instant eventTime, ConfidenceChanged change) {
        Instant now = clock.instant();
        if (tooOld(eventTime, now) || !Confidence.dropped(change.previousRating(), change.rating())) {
            return;
        }
        Optional<KnownWorkPackage> workPackage = directory.workPackage(change.workPackageId());
        feeds.add(RoadmapMessages.audienceOf(workPackage), RoadmapMessages.confidenceDropped(eventId, change, workPackage, now));
    }

    /** A milestone of a work package names it; one of a measure names the measure, whose work package was learnt. */
    private Optional<KnownWorkPackage> workPackageOf(ParentData parent) {
        if (parent == null) {
            return Optional.empty();
        }
        Optional<String> workPackageId = "MEASURE".equals(parent.kind())
                ? directory.workPackageOfMeasure(parent.id()) : Optional.of(parent.id());
        return workPackageId.flatMap(directory::workPackage);
    }

    private boolean tooOld(Instant eventTime, Instant now) {
        return eventTime != null && eventTime.isBefore(now.minus(maxEventAge));
    }
}
