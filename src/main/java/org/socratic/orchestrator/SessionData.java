package org.socratic.orchestrator;

import java.util.List;
import org.socratic.learner.PlacementDiagnostic;

/**
 * The session's working state, kept as JSON beside its row: the current item and how far the student got with
 * it, the placement answers so far, and the last decision's reason.
 *
 * @param itemId           the item being worked on (null when finished)
 * @param hintsShown       how many rungs of its hint ladder the student has seen
 * @param wrongOnItem      wrong answers on it so far
 * @param misconceptionId  the misconception the last wrong answer showed, if any
 * @param answered         whether the student has answered it correctly (then the answer may be discussed)
 * @param placement        placement answers so far
 * @param itemsSinceReview practice items since the last retention check
 * @param reason           why the session is where it is, for the teacher
 */
public record SessionData(String itemId, int hintsShown, int wrongOnItem, String misconceptionId, boolean answered,
                          List<PlacementDiagnostic.Step> placement, int itemsSinceReview, String reason) {
    public SessionData {
        placement = placement == null ? List.of() : List.copyOf(placement);
        reason = reason == null ? "" : reason;
    }

    static SessionData onItem(String itemId, List<PlacementDiagnostic.Step> placement, int itemsSinceReview, String reason) {
        return new SessionData(itemId, 0, 0, null, false, placement, itemsSinceReview, reason);
    }

    SessionData withHintShown() {
        return new SessionData(itemId, hintsShown + 1, wrongOnItem, misconceptionId, answered, placement, itemsSinceReview, reason);
    }

    SessionData withWrongAnswer(String misconception) {
        return new SessionData(itemId, hintsShown, wrongOnItem + 1, misconception, answered, placement, itemsSinceReview, reason);
    }
}
