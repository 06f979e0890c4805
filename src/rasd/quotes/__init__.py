"""Quotes: direct, indirect and document statements, each with its cue, speaker, channel and date."""
