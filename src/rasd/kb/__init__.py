"""The knowledge base (store.py), name matching (match.py), actor codes (actors.py) and the linking stage
(link.py)."""
