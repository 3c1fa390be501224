package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseLogTest {
    @Test
    void aHoldoutSplitKeepsEveryAnswerAndNeverSharesAStudent() {
        ResponseLog.Builder builder = ResponseLog.builder();
        for (int i = 0; i < 1000; i++) builder.add("u" + (i % 100), "k" + (i % 7), i % 3 == 0);
        ResponseLog[] split = builder.build().splitByStudent(0.2, 9);
        assertEquals(1000, split[0].size() + split[1].size());
        Set<String> kept = new HashSet<>();
        for (int r = 0; r < split[0].size(); r++) kept.add(split[0].studentName(split[0].student(r)));
        for (int r = 0; r < split[1].size(); r++) {
            assertTrue(!kept.contains(split[1].studentName(split[1].student(r))), "a student is on both sides");
        }
        assertTrue(split[1].studentCount() > 5 && split[1].studentCount() < 40, "about a fifth of 100 students");
    }
}
