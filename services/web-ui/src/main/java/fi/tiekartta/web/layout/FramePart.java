package fi.tiekartta.web.layout;

import org.springframework.ui.Model;

/**
 * Something a feature puts into every page's frame (the header's unread notification count), without the frame
 * knowing the feature. {@link LayoutAdvice} calls each one for every page, error pages included. A part must not
 * fail or hold the page up: it adds what it can, or nothing.
 */
public interface FramePart {

    void addTo(Model model);
}
