package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseLogCsvTest {
    private static ResponseLogCsv.Result read(String text, boolean skipBad) throws IOException {
        return ResponseLogCsv.read("log.csv", new BufferedReader(new StringReader(text)), skipBad);
    }

    private static List<String> rows(ResponseLog log) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            out.add(log.studentName(log.student(i)) + "/" + log.skillName(log.skill(i)) + "/" + (log.correct(i) ? 1 : 0));
        }
        return out;
    }

    @Test
    void orderIdOrdersTheRowsAndOtherColumnsAreIgnored() throws IOException {
        ResponseLogCsv.Result r = read("""
                order_id,problem_id,user_id,correct,skill_name
                30,7,a,1,add
                10,8,b,0,add
                20,9,a,0,"Equations, linear"
                """, false);
        assertEquals("order_id", r.orderedBy());
        assertEquals(List.of("b/add/0", "a/Equations, linear/0", "a/add/1"), rows(r.log()));
    }

    @Test
    void aTimestampOrdersTheRowsWhenThereIsNoOrderId() throws IOException {
        ResponseLogCsv.Result r = read("""
                user_id,skill_name,correct,timestamp
                a,add,1,2024-03-02 10:00:00
                a,add,0,2024-03-01T09:00:00Z
                a,add,true,2024-03-01 09:30:00
                """, false);
        assertEquals("timestamp", r.orderedBy());
        assertEquals(List.of("a/add/0", "a/add/1", "a/add/1"), rows(r.log()));
    }

    @Test
    void withoutAnOrderColumnFileOrderIsKept() throws IOException {
        ResponseLogCsv.Result r = read("user_id,skill_name,correct\nb,x,1\na,x,0\n", false);
        assertEquals("file order", r.orderedBy());
        assertEquals(List.of("b/x/1", "a/x/0"), rows(r.log()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a correct that is not 0 or 1 names its line | user_id,skill_name,correct\\na,x,1\\na,x,0.5\\n | line 3: correct must be 0 or 1
        an empty skill names its line               | user_id,skill_name,correct\\na,,1\\n          | line 2: empty skill_name
        a short row names its line                  | user_id,skill_name,correct\\na,x,1\\n\\na,x\\n | line 4: expected at least 3 fields
        an unclosed quote names its line            | user_id,skill_name,correct\\na,"x,1\\n         | line 2: a quoted field is not closed
        a bad order_id names its line               | order_id,user_id,skill_name,correct\\nx1,a,x,1\\n | line 2: order_id must be an integer
        a missing column is named                   | user,skill_name,correct\\na,x,1\\n            | no 'user_id' column
        """)
    void aMalformedRowIsAnErrorThatNamesItsLine(String name, String text, String expected) {
        MalformedLogException e = assertThrows(MalformedLogException.class,
                () -> read(text.replace("\\n", "\n"), false));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("log.csv: "), e.getMessage());
    }

    @Test
    void skippingBadRowsCountsThemAndKeepsExamples() throws IOException {
        ResponseLogCsv.Result r = read("user_id,skill_name,correct\na,x,1\na,x,2\nb,,0\nb,y,0\n", true);
        assertEquals(2, r.badRows());
        assertEquals(2, r.log().size());
        assertTrue(r.badExamples().get(0).contains("line 3"), r.badExamples().toString());
    }

    @Test
    void aFileWithOnlyAHeaderIsAnError() {
        assertThrows(MalformedLogException.class, () -> read("user_id,skill_name,correct\n", false));
    }
}
