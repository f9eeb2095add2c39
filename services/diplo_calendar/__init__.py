"""diplo_calendar."""
