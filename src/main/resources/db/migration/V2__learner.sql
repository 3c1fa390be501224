-- Versioned BKT parameters. Each `bkt fit --save` (or --from-db) adds a version; the live service reads the newest.
-- skill_id is deliberately not a foreign key to skills: a CSV log's skills are not the curriculum's.

create table bkt_parameter_sets (
    version     bigint generated always as identity primary key,
    fitted_at   timestamptz not null,
    stored_at   timestamptz not null default now(),
    source      text not null,
    row_count   bigint not null check (row_count >= 0),
    forgets     boolean not null,
    skill_count int not null check (skill_count >= 0)
);

create table bkt_parameters (
    version      bigint not null references bkt_parameter_sets (version) on delete cascade,
    skill_id     text not null,
    prior        double precision not null check (prior between 0 and 1),
    learn        double precision not null check (learn between 0 and 1),
    guess        double precision not null check (guess >= 0 and guess < 0.5),
    slip         double precision not null check (slip >= 0 and slip < 0.5),
    forget       double precision not null check (forget between 0 and 1),
    n_obs        int not null check (n_obs >= 0),
    n_sequences  int not null check (n_sequences >= 0),
    defaulted    boolean not null,
    primary key (version, skill_id)
);
