-- Guardrail: safety alerts raised by escalated disclosures, and the canonical terms each student has met.

-- One alert per escalated message: a disclosure of self-harm or abuse, or a threat to hurt someone. The row is the
-- record; the webhook is a notification that is retried until delivered, and its state is kept here.
create table safety_alerts (
    id                bigint generated always as identity primary key,
    student_id        bigint references users (id) on delete cascade,
    session_id        uuid references tutoring_sessions (id) on delete cascade,
    categories        text[] not null,
    severity          text not null,
    layer             text not null,
    score             double precision not null,
    reason            text not null,
    -- the student's message with personal information redacted
    excerpt           text not null,
    -- teachers of the student's classes and the designated counsellors, as user ids
    recipients        bigint[] not null default '{}',
    status            text not null default 'open' check (status in ('open', 'acknowledged', 'resolved')),
    webhook_status    text not null default 'pending'
                      check (webhook_status in ('pending', 'delivered', 'failed', 'not_configured')),
    webhook_attempts  integer not null default 0,
    webhook_error     text,
    delivered_at      timestamptz,
    created_at        timestamptz not null default now()
);
create index safety_alerts_student on safety_alerts (student_id, created_at desc);
create index safety_alerts_recipients on safety_alerts using gin (recipients);
create index safety_alerts_undelivered on safety_alerts (created_at) where webhook_status in ('pending', 'failed');

-- Terminology registry: the canonical terms a student has met, handed to the tutor's prompt.
create table student_terms (
    student_id    bigint not null references users (id) on delete cascade,
    subject       text not null,
    concept_id    text not null,
    first_met_at  timestamptz not null default now(),
    primary key (student_id, subject, concept_id)
);
