"""Evaluation of rasd's models on labelled data (entity-level scores, speed)."""
