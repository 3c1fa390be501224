-- Socratic foundation schema. Tables live in schema "socratic"; the vector type comes from the pgvector
-- extension, which the provisioning script installs (it needs a superuser) in schema public.
create extension if not exists vector;

-- People and roles -------------------------------------------------------------------------------------------
create table users (
    id             bigint generated always as identity primary key,
    username       text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name   text not null,
    role           text not null check (role in ('student', 'teacher', 'evaluator', 'admin')),
    grade          int check (grade between 0 and 12),
    password_hash  text not null,
    created_at     timestamptz not null default now()
);

create table classes (
    id          bigint generated always as identity primary key,
    name        text not null,
    teacher_id  bigint not null references users (id),
    grade       int check (grade between 0 and 12),
    created_at  timestamptz not null default now(),
    unique (teacher_id, name)
);

create table enrollments (
    class_id    bigint not null references classes (id) on delete cascade,
    student_id  bigint not null references users (id) on delete cascade,
    enrolled_at timestamptz not null default now(),
    primary key (class_id, student_id)
);
create index enrollments_student on enrollments (student_id);

-- Curriculum and content -------------------------------------------------------------------------------------
create table skills (
    id           text primary key,
    subject      text not null,
    name         text not null,
    grade        int not null,
    description  text not null,
    ccss_code    text,
    low_stakes   boolean not null default false,
    updated_at   timestamptz not null default now()
);

create table skill_prerequisites (
    skill_id         text not null references skills (id) on delete cascade,
    prerequisite_id  text not null references skills (id) on delete cascade,
    primary key (skill_id, prerequisite_id),
    check (skill_id <> prerequisite_id)
);

create table content_chunks (
    id          bigint generated always as identity primary key,
    chunk_key   text not null unique,
    skill_id    text not null references skills (id) on delete cascade,
    kind        text not null,
    family_id   text,
    grade       int,
    difficulty  int,
    body        text not null,
    embedding   vector(384) not null,
    updated_at  timestamptz not null default now()
);
create index content_chunks_skill on content_chunks (skill_id);
create index content_chunks_embedding on content_chunks using hnsw (embedding vector_cosine_ops);

-- Tutoring ---------------------------------------------------------------------------------------------------
create table tutoring_sessions (
    id          uuid primary key,
    student_id  bigint not null references users (id) on delete cascade,
    state       text not null,
    skill_id    text references skills (id),
    item        jsonb,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index tutoring_sessions_student on tutoring_sessions (student_id, updated_at desc);

-- Derived from the attempt events in the same transaction; can be rebuilt from them.
create table mastery (
    student_id    bigint not null references users (id) on delete cascade,
    skill_id      text not null references skills (id) on delete cascade,
    p_known       double precision not null check (p_known between 0 and 1),
    observations  int not null default 0,
    mastered      boolean not null default false,
    overridden    boolean not null default false,
    evidence      jsonb not null default '{}'::jsonb,
    updated_at    timestamptz not null default now(),
    primary key (student_id, skill_id)
);

create table agent_traces (
    id                     uuid primary key,
    session_id             uuid references tutoring_sessions (id) on delete cascade,
    student_id             bigint references users (id) on delete cascade,
    agent                  text not null,
    provider               text not null,
    model                  text not null,
    prompt_version         text,
    retrieved_content_ids  bigint[] not null default '{}',
    latency_ms             bigint,
    input_tokens           int,
    output_tokens          int,
    outcome                text not null,
    detail                 jsonb not null default '{}'::jsonb,
    created_at             timestamptz not null default now()
);
create index agent_traces_session on agent_traces (session_id, created_at);

create table guardrail_verdicts (
    id          bigint generated always as identity primary key,
    trace_id    uuid references agent_traces (id) on delete cascade,
    session_id  uuid references tutoring_sessions (id) on delete cascade,
    student_id  bigint references users (id) on delete cascade,
    direction   text not null check (direction in ('input', 'output')),
    category    text not null,
    action      text not null check (action in ('allow', 'redact', 'redirect', 'block', 'escalate')),
    severity    text not null,
    layer       text not null,
    score       double precision not null,
    detail      jsonb not null default '{}'::jsonb,
    created_at  timestamptz not null default now()
);
create index guardrail_verdicts_session on guardrail_verdicts (session_id, created_at);
create index guardrail_verdicts_student on guardrail_verdicts (student_id, created_at);

create table grades (
    id           bigint generated always as identity primary key,
    student_id   bigint not null references users (id) on delete cascade,
    session_id   uuid references tutoring_sessions (id) on delete cascade,
    skill_id     text references skills (id),
    item_id      text not null,
    answer       text not null,
    score        double precision,
    max_score    double precision,
    confidence   double precision,
    rationale    text,
    status       text not null check (status in ('recorded', 'pending_review', 'reviewed')),
    trace_id     uuid references agent_traces (id) on delete set null,
    detail       jsonb not null default '{}'::jsonb,
    created_at   timestamptz not null default now()
);
create index grades_review_queue on grades (status, created_at) where status = 'pending_review';

create table grade_reviews (
    id           bigint generated always as identity primary key,
    grade_id     bigint not null references grades (id) on delete cascade,
    teacher_id   bigint not null references users (id),
    decision     text not null check (decision in ('accept', 'override')),
    new_score    double precision,
    reason       text not null,
    created_at   timestamptz not null default now()
);

-- The event log ----------------------------------------------------------------------------------------------
-- Append-only: every interaction, grade, verdict and trace. UPDATE is always refused; DELETE (and TRUNCATE)
-- only inside a transaction that first recorded itself in event_erasures, which only socratic_erase_events()
-- does. event_erasures is append-only too, so every removal leaves its audit record.
create table events (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz not null default now(),
    type             text not null,
    student_id       bigint,
    actor_id         bigint,
    session_id       uuid,
    idempotency_key  text unique,
    payload          jsonb not null default '{}'::jsonb
);
create index events_student on events (student_id, id);
create index events_session on events (session_id, id);
create index events_type on events (type, id);

create table event_erasures (
    id            bigint generated always as identity primary key,
    txid          bigint not null default txid_current(),
    requested_by  text not null,
    reason        text not null,
    student_id    bigint,
    before        timestamptz,
    rows_removed  bigint,
    performed_at  timestamptz not null default now()
);

create function socratic_refuse_event_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from event_erasures e where e.txid = txid_current()) then
        return old;
    end if;
    raise exception 'the % table is append-only: % is refused (use socratic_erase_events for retention or erasure)',
        tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger events_append_only before update or delete on events
    for each row execute function socratic_refuse_event_change();
create trigger events_no_truncate before truncate on events
    for each statement execute function socratic_refuse_event_change();

create function socratic_refuse_erasure_change() returns trigger language plpgsql as $$
begin
    raise exception 'event_erasures is the audit record of erasures: % is refused', tg_op
        using errcode = 'insufficient_privilege';
end $$;
create trigger event_erasures_append_only before update or delete or truncate on event_erasures
    for each statement execute function socratic_refuse_erasure_change();

-- The one audited way to remove events: a student's erasure (student_id given) or retention (before given).
create function socratic_erase_events(p_requested_by text, p_reason text, p_student_id bigint, p_before timestamptz)
    returns bigint language plpgsql as $$
declare
    removed bigint;
begin
    if coalesce(trim(p_requested_by), '') = '' or coalesce(trim(p_reason), '') = '' then
        raise exception 'an erasure needs who asked for it and why';
    end if;
    if p_student_id is null and p_before is null then
        raise exception 'an erasure needs a student or a cut-off date';
    end if;
    -- Lock first so the count recorded is the count removed.
    lock table events in share row exclusive mode;
    select count(*) into removed from events
     where (p_student_id is null or student_id = p_student_id)
       and (p_before is null or occurred_at < p_before);
    insert into event_erasures (requested_by, reason, student_id, before, rows_removed)
        values (p_requested_by, p_reason, p_student_id, p_before, removed);
    delete from events
     where (p_student_id is null or student_id = p_student_id)
       and (p_before is null or occurred_at < p_before);
    return removed;
end $$;
