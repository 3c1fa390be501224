package org.socratic.agent.tutor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.socratic.content.Item;
import org.socratic.content.Misconception;

/**
 * Everything the tutor knows when it answers one message: the student, their grade, the item they are working on,
 * how likely they know its skill, the misconception their last wrong answer showed, the terminology they have met
 * (as the prompt section the registry writes), the conversation so far and the new message.
 */
public record TutorRequest(long studentId, UUID sessionId, int grade, Item item, double pKnown,
                           Optional<Misconception> misconception, String terminology, List<Turn> history,
                           String studentMessage) {
    public TutorRequest {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(studentMessage, "studentMessage");
        history = List.copyOf(history);
    }

    /** One earlier message of the conversation. */
    public record Turn(boolean fromStudent, String text) {}
}
