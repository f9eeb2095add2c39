-- The publication time of the article each claim or event report came from: the current
-- values of an incident or event are those of its latest report, whatever order they arrive in.
ALTER TABLE incidents ADD COLUMN reported_at TIMESTAMPTZ;
ALTER TABLE incident_sources ADD COLUMN reported_at TIMESTAMPTZ;
ALTER TABLE calendar_events ADD COLUMN reported_at TIMESTAMPTZ;
ALTER TABLE calendar_sources ADD COLUMN reported_at TIMESTAMPTZ;
