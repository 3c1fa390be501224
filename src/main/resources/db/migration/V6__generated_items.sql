-- Model-generated practice items: every reply of the curriculum agent's item generation, kept or rejected.
-- A kept item is served as practice under the id gen:<id>; a rejected one is kept for the count and the audit.
-- Items hold no student data: the student and session are on the agent trace, which erasure removes (the item's
-- trace_id then becomes null, the item stays).
create table generated_items (
    id                   bigint generated always as identity primary key,
    -- not a foreign key: generation works from content/skills.yml even before `content load` fills skills
    skill_id             text not null,
    misconception_id     text not null,
    misconception        text not null,
    grade                int not null check (grade between 0 and 12),
    seed                 bigint not null,
    status               text not null check (status in ('kept', 'rejected')),
    -- a RejectionReason id (malformed-json, answer-disagrees, ...); null exactly when kept
    reason               text,
    detail               text not null default '',
    problem              text,
    answer               text,
    unit                 text,
    computation          text,
    solution_steps       jsonb,
    common_mistake       text,
    mistake_computation  text,
    mistake_explanation  text,
    -- what the model sent, truncated, so an evaluator can see why a reply was rejected
    raw_reply            text not null default '',
    trace_id             uuid references agent_traces (id) on delete set null,
    created_at           timestamptz not null default now(),
    check ((status = 'kept') = (reason is null)),
    check (status = 'rejected' or (problem is not null and answer is not null and computation is not null
        and solution_steps is not null and common_mistake is not null and mistake_computation is not null
        and mistake_explanation is not null))
);
create index generated_items_target on generated_items (skill_id, misconception_id, status);
create index generated_items_reason on generated_items (status, reason);
