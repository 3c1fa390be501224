-- Grading: what V1's grades and grade_reviews need for the review queue and its audit.

-- final_score is the score on the student's record: the model's when recorded, the teacher's once reviewed, and
-- null while the grade waits in the review queue (a queued grade is not on the record).
alter table grades add column final_score double precision;
-- Why the grade was recorded or queued, in words a teacher reads ("low confidence: ...", "grading model unavailable").
alter table grades add column status_reason text not null default '';
-- A retried submission with the same key gets the first grade back instead of being graded twice.
alter table grades add column idempotency_key text unique;
alter table grades add column reviewed_at timestamptz;
alter table grades add constraint grades_final_score_on_record
    check (status = 'pending_review' or final_score is not null);
create index grades_student on grades (student_id, created_at desc);

-- A teacher's review links to the trace of the model call it accepts or overrides (null when the model never
-- answered), and keeps the score it replaced.
alter table grade_reviews add column trace_id uuid references agent_traces (id) on delete set null;
alter table grade_reviews add column previous_score double precision;
create index grade_reviews_grade on grade_reviews (grade_id, created_at);
