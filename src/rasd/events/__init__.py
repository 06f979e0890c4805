"""PLOVER events: the trigger lexicon, argument reading, modality and the coder (the ``events`` stage)."""
