-- Streams of more than one kind: consent events per patient, role events per organisation.
-- A stream keeps the type of its first event; existing streams are consent streams.
alter table events add column stream_type text not null default 'consent';
create index events_stream_type on events (stream_type, stream_id);
