-- zorgkit reference service: append-only event streams, idempotency keys, hashed bearer tokens.
-- Runs unchanged on PGlite and on PostgreSQL (14+).

create table events (
  stream_id   text        not null,
  version     integer     not null check (version > 0),
  event_type  text        not null,
  payload     jsonb       not null,
  recorded_at timestamptz not null default now(),
  primary key (stream_id, version)
);

-- Append-only: an event once recorded is never changed or removed.
create function events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'events are append-only';
end;
$$;
create trigger events_no_update before update or delete on events
  for each row execute function events_append_only();

create table idempotency_keys (
  key          text        primary key,
  stream_id    text        not null,
  request_hash text        not null,
  response     jsonb       not null,
  created_at   timestamptz not null default now()
);

create table tokens (
  hash       text        primary key,
  name       text        not null,
  scopes     text[]      not null,
  created_at timestamptz not null default now()
);
