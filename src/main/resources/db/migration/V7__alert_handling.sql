-- Alert handling: what the adults do with a safety alert. A teacher or counsellor acknowledges it (seen, someone is
-- on it), then resolves it with a short note of the action taken.
--
-- safety_alert_actions is the history, one row per step, append-only like the event log: the database refuses
-- UPDATE and TRUNCATE, and DELETE except when the alert itself is gone (the cascade of a student's erasure).
-- safety_alerts.status (V4) is the current state, kept by the trigger below so it cannot disagree with the
-- history, and is what GET /api/alerts?status= filters on.
create table safety_alert_actions (
    id              bigint generated always as identity primary key,
    alert_id        bigint not null references safety_alerts (id) on delete cascade,
    action          text not null check (action in ('acknowledge', 'resolve')),
    -- no foreign key: the record of who acted outlives their account, under the username they had
    actor_id        bigint not null,
    actor_username  text not null,
    note            text check (note is null or char_length(note) between 1 and 1000),
    acted_at        timestamptz not null default now(),
    constraint safety_alert_actions_resolve_note check (action <> 'resolve' or note is not null),
    -- each step happens once: a second acknowledgement keeps the first, a resolved alert stays resolved
    constraint safety_alert_actions_once unique (alert_id, action)
);

create function socratic_alert_status_follows_actions() returns trigger language plpgsql as $$
begin
    update safety_alerts
       set status = case when new.action = 'resolve' then 'resolved'
                         when status = 'open' then 'acknowledged'
                         else status end
     where id = new.alert_id;
    return null;
end $$;

create trigger safety_alert_actions_set_status after insert on safety_alert_actions
    for each row execute function socratic_alert_status_follows_actions();

create function socratic_refuse_alert_action_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        -- A cascade from the alert's own deletion runs after the alert row is gone.
        if not exists (select 1 from safety_alerts a where a.id = old.alert_id) then
            return old;
        end if;
    end if;
    raise exception 'safety_alert_actions is the history of alert handling: % is refused', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger safety_alert_actions_append_only before update or delete on safety_alert_actions
    for each row execute function socratic_refuse_alert_action_change();
create trigger safety_alert_actions_no_truncate before truncate on safety_alert_actions
    for each statement execute function socratic_refuse_alert_action_change();
