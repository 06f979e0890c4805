"""PLOVER event types with their CAMEO root codes and a conflict-cooperation score.

PLOVER (the successor of CAMEO used by POLECAT) has 16 event types; analysts still aggregate with CAMEO root
codes and the Goldstein scale, so every event carries both. The score is the Goldstein value of the CAMEO
root (from -10, most conflictual, to +10, most cooperative), a coarse but standard summary.
"""

from __future__ import annotations

# type -> (CAMEO root code, quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)
CAMEO_ROOT: dict[str, tuple[str, int]] = {
    "AGREE": ("03", 1),
    "CONSULT": ("04", 1),
    "SUPPORT": ("05", 1),
    "COOPERATE": ("06", 2),
    "AID": ("07", 2),
    "CONCEDE": ("08", 2),
    "RETREAT": ("08", 2),
    "REQUEST": ("02", 1),
    "ACCUSE": ("11", 3),
    "REJECT": ("12", 3),
    "THREATEN": ("13", 3),
    "PROTEST": ("14", 3),
    "MOBILIZE": ("15", 4),
    "SANCTION": ("16", 3),
    "COERCE": ("17", 4),
    "ASSAULT": ("18", 4),
}

# Goldstein scale values of the CAMEO roots.
GOLDSTEIN: dict[str, float] = {
    "01": 0.0,
    "02": 3.0,
    "03": 4.0,
    "04": 1.0,
    "05": 3.5,
    "06": 6.0,
    "07": 7.0,
    "08": 5.0,
    "09": -2.0,
    "10": -5.0,
    "11": -2.0,
    "12": -4.0,
    "13": -6.0,
    "14": -6.5,
    "15": -7.2,
    "16": -4.0,
    "17": -7.0,
    "18": -9.0,
    "19": -10.0,
    "20": -10.0,
}


def cameo_code(event_type: str, entry_code: str | None) -> str:
    """The CAMEO code of an event: the lexicon entry's code when it has one, else the type's root."""
    root = CAMEO_ROOT[event_type][0]
    if entry_code and entry_code[:2].isdigit():
        return entry_code
    return root


def score(cameo: str) -> float:
    return GOLDSTEIN.get(cameo[:2], 0.0)
