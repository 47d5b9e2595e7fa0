-- The firm's history as Vine Reports sees it (issue 14). Plain SQL that H2 and PostgreSQL both take.

-- The last state kept of each matter an org's reports have read: recording compares against it, so that
-- phase_observation holds transitions, not copies.
create table matter_state (
    id           varchar(40)  not null primary key,
    org_id       integer      not null,
    project_id   integer      not null,
    seq          integer      not null,
    phase_name   varchar(300),
    phase_date   date,
    archived     boolean      not null
);
create index matter_state_org on matter_state (org_id);

-- A matter entered phase_name at phase_date (as Filevine says), or was first seen archived on seen_on.
create table phase_observation (
    id           varchar(40)  not null primary key,
    org_id       integer      not null,
    project_id   integer      not null,
    seq          integer      not null,
    project_type varchar(300),
    phase_name   varchar(300),
    phase_date   date,
    archived     boolean      not null,
    seen_on      date         not null,
    demo         boolean      not null
);
create index phase_observation_org on phase_observation (org_id, project_id);
create index phase_observation_seen on phase_observation (seen_on);

-- The dashboard's figures as one user saw them in one org, once a day (the day's latest wins).
create table daily_figures (
    id             varchar(60)   not null primary key,
    org_id         integer       not null,
    user_id        integer       not null,
    on_day         date          not null,
    open_count     integer       not null,
    new_this_month integer       not null,
    stale_30       integer       not null,
    stale_60       integer       not null,
    stale_90       integer       not null,
    archived_count integer       not null,
    by_phase       varchar(20000),
    by_type        varchar(20000),
    recorded_at    timestamp     not null,
    demo           boolean       not null
);
create index daily_figures_user on daily_figures (org_id, user_id, on_day);
