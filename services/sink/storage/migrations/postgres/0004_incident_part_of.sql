-- A model's share of a wave the same source also counts whole points at the wave's incident:
-- the daily tallies leave it out so that "18 missiles, among them six Kinzhals" is not summed as 24.
ALTER TABLE incidents ADD COLUMN part_of TEXT;
