"""Story clustering and events merged across the reports of a story.

Outlets re-publish agency copy with small edits, or rewrite the same story; counting each report as a new
event is the failure GDELT is known for. Each document gets a MinHash signature (datasketch) over shingles
of three consecutive index terms (normalized, clitics removed, light-stemmed, see :mod:`.search`), so
edits, clitic spellings and suffixes barely move it. The LSH index is persistent, in the ``lsh_bands``
table: a new document is compared only with documents sharing a band, and joins every story whose member
it resembles above the threshold (single linkage: the stories it bridges are merged). Because candidate
pairs and the similarity test are symmetric, the final stories do not depend on the order documents were
ingested in, which matters when several workers finish articles out of order.

Within a story, events with the same PLOVER type and the same source and target actors (by linked id, or
the normalized text when an actor is not linked) are one event; a date, when present, must agree too. The
merged event keeps the count of reports (distinct documents) and every source.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rasd.text.normalize import norm

SHINGLE = 3
NUM_PERM = 128
THRESHOLD = 0.3  # estimated Jaccard of term 3-shingles; tuned on a day of SaudiNewsNet (docs/archive.md)
SEED = 1


@dataclass(frozen=True)
class LshParams:
    """The clustering settings of one archive (stored in its settings table when it is created)."""

    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    shingle: int = SHINGLE
    bands: int = 0
    rows: int = 0

    @classmethod
    def create(cls, threshold: float = THRESHOLD, num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> LshParams:
        """Band and row counts chosen by datasketch to balance false positives and negatives at the threshold."""
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        return cls(threshold, num_perm, shingle, int(lsh.b), int(lsh.r))


def shingles(terms: Sequence[str], k: int = SHINGLE) -> set[bytes]:
    """Overlapping runs of ``k`` terms; a text shorter than ``k`` terms is one shingle."""
    if not terms:
        return set()
    if len(terms) <= k:
        return {" ".join(terms).encode("utf-8")}
    return {" ".join(terms[i : i + k]).encode("utf-8") for i in range(len(terms) - k + 1)}


def signature(terms: Sequence[str], params: LshParams) -> np.ndarray | None:
    """The MinHash signature (uint32 array) of a document's terms, or None when it has no words."""
    from datasketch import MinHash

    sh = shingles(terms, params.shingle)
    if not sh:
        return None
    m = MinHash(num_perm=params.num_perm, seed=SEED, scheme="affine32")
    m.update_batch(list(sh))
    return np.asarray(m.hashvalues, dtype=np.uint32)


def band_keys(sig: np.ndarray, params: LshParams) -> list[int]:
    """One 64-bit key per band (a hash of the band's rows), as stored in ``lsh_bands``."""
    keys = []
    for b in range(params.bands):
        chunk = sig[b * params.rows : (b + 1) * params.rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal minima."""
    return float(np.count_nonzero(a == b)) / len(a)


# -- assigning a document to a story (inside the writer's transaction) -------------------------------------
def assign(
    conn: sqlite3.Connection, doc_id: int, sig: np.ndarray | None, keys: Sequence[int], params: LshParams
) -> int:
    """Put ``doc_id`` in a story, merging the stories it bridges; returns the story id (smallest doc id)."""
    clusters: set[int] = set()
    if sig is not None:
        conn.execute("INSERT INTO minhash (document_id, signature) VALUES (?, ?)", (doc_id, sig.tobytes()))
        candidates: set[int] = set()
        for band, key in enumerate(keys):
            rows = conn.execute("SELECT document_id FROM lsh_bands WHERE band = ? AND key = ?", (band, key))
            candidates.update(r[0] for r in rows)
        conn.executemany(
            "INSERT OR IGNORE INTO lsh_bands (band, key, document_id) VALUES (?, ?, ?)",
            [(band, key, doc_id) for band, key in enumerate(keys)],
        )
        candidates.discard(doc_id)
        for cand in sorted(candidates):
            row = conn.execute(
                "SELECT m.signature, d.cluster_id FROM minhash m JOIN documents d ON d.id = m.document_id "
                "WHERE m.document_id = ?",
                (cand,),
            ).fetchone()
            if row is None or row[1] is None:
                continue
            other = np.frombuffer(row[0], dtype=np.uint32)
            if len(other) == len(sig) and similarity(sig, other) >= params.threshold:
                clusters.add(int(row[1]))
    target = min([doc_id, *clusters])
    conn.execute("UPDATE documents SET cluster_id = ? WHERE id = ?", (target, doc_id))
    for old in clusters - {target}:
        conn.execute("UPDATE documents SET cluster_id = ? WHERE cluster_id = ?", (target, old))
        conn.execute("DELETE FROM clusters WHERE id = ?", (old,))
        conn.execute("DELETE FROM story_events WHERE cluster_id = ?", (old,))
    refresh(conn, target)
    return target


def refresh(conn: sqlite3.Connection, cluster_id: int) -> None:
    """Recompute a story's summary row and its merged events from its documents."""
    docs = conn.execute(
        "SELECT id, title, outlet, published, url FROM documents WHERE cluster_id = ? ORDER BY published, id",
        (cluster_id,),
    ).fetchall()
    if not docs:
        conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
        return
    dated = sorted(d[3] for d in docs if d[3])
    outlets = {d[2] for d in docs if d[2]}
    conn.execute(
        "INSERT OR REPLACE INTO clusters (id, size, outlets, first_published, last_published, title) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (cluster_id, len(docs), len(outlets), dated[0] if dated else None, dated[-1] if dated else None, docs[0][1]),
    )
    merge_events(conn, cluster_id, {d[0]: d for d in docs})


def actor_key(actor: dict[str, Any]) -> str:
    """An actor's identity for merging: its linked id, else its normalized text."""
    ident = actor.get("entity_id") or actor.get("id")
    if ident:
        return str(ident)
    return "text:" + norm(str(actor.get("text") or "")).strip()


def merge_events(conn: sqlite3.Connection, cluster_id: int, docs: dict[int, tuple[Any, ...]]) -> None:
    """Group the story's events into merged events (``story_events``) and point each event at its group."""
    conn.execute("DELETE FROM story_events WHERE cluster_id = ?", (cluster_id,))
    marks = ",".join("?" * len(docs))
    events = conn.execute(
        f"SELECT id, document_id, type, cameo, date FROM events WHERE document_id IN ({marks}) ORDER BY id",
        list(docs),
    ).fetchall()
    if not events:
        return
    actors: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"source": [], "target": []})
    ev_marks = ",".join("?" * len(events))
    for event_id, role, entity_id, text in conn.execute(
        f"SELECT event_id, role, entity_id, text FROM event_actors WHERE event_id IN ({ev_marks}) "
        "ORDER BY event_id, role, position",
        [e[0] for e in events],
    ):
        actors[event_id][role].append(actor_key({"entity_id": entity_id, "text": text}))
    groups: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    for ev in events:
        a = actors[ev[0]]
        groups[(ev[2] or "", tuple(sorted(set(a["source"]))), tuple(sorted(set(a["target"]))))].append(ev)
    for (etype, src, tgt), members in groups.items():
        for date, part in _split_by_date(members):
            _insert_merged(conn, cluster_id, etype, src, tgt, date, part, docs)


def _split_by_date(members: list[tuple[Any, ...]]) -> list[tuple[str | None, list[tuple[Any, ...]]]]:
    """Events with different dates are different events; an undated report joins the most reported date."""
    by_date: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    undated = []
    for ev in members:
        (by_date[ev[4]] if ev[4] else undated).append(ev)
    if not by_date:
        return [(None, undated)]
    parts = sorted(by_date.items(), key=lambda kv: (-len({e[1] for e in kv[1]}), kv[0]))
    parts[0][1].extend(undated)
    return [(d, sorted(evs)) for d, evs in parts]


def _insert_merged(
    conn: sqlite3.Connection,
    cluster_id: int,
    etype: str,
    src: tuple[str, ...],
    tgt: tuple[str, ...],
    date: str | None,
    part: list[tuple[Any, ...]],
    docs: dict[int, tuple[Any, ...]],
) -> None:
    sources = []
    seen_docs: dict[int, None] = {}
    for event_id, doc_id, *_ in part:
        d = docs[doc_id]
        seen_docs.setdefault(doc_id, None)
        sources.append({"document_id": doc_id, "event_id": event_id, "outlet": d[2], "url": d[4], "published": d[3]})
    outlets = sorted({docs[d][2] for d in seen_docs if docs[d][2]})
    cameo = next((e[3] for e in part if e[3]), None)
    cur = conn.execute(
        "INSERT INTO story_events (cluster_id, type, cameo, source_ids, target_ids, date, reports, outlets, sources) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            cluster_id,
            etype or None,
            cameo,
            json.dumps(list(src), ensure_ascii=False),
            json.dumps(list(tgt), ensure_ascii=False),
            date,
            len(seen_docs),
            json.dumps(outlets, ensure_ascii=False),
            json.dumps(sources, ensure_ascii=False),
        ),
    )
    conn.executemany("UPDATE events SET story_event_id = ? WHERE id = ?", [(cur.lastrowid, e[0]) for e in part])


def recluster(conn: sqlite3.Connection, params: LshParams) -> int:
    """Rebuild every story from the stored signatures (after changing the threshold); returns the count.

    The caller holds the write transaction. Documents are replayed in id order through :func:`assign`.
    """
    conn.execute("DELETE FROM lsh_bands")
    conn.execute("DELETE FROM clusters")
    conn.execute("DELETE FROM story_events")
    conn.execute("UPDATE events SET story_event_id = NULL")
    conn.execute("UPDATE documents SET cluster_id = NULL")
    sigs = conn.execute("SELECT document_id, signature FROM minhash ORDER BY document_id").fetchall()
    conn.execute("DELETE FROM minhash")
    for doc_id, blob in sigs:
        sig = np.frombuffer(blob, dtype=np.uint32).copy()
        assign(conn, doc_id, sig, band_keys(sig, params), params)
    for (doc_id,) in conn.execute("SELECT id FROM documents WHERE cluster_id IS NULL").fetchall():
        assign(conn, doc_id, None, [], params)
    return int(conn.execute("SELECT count(*) FROM clusters").fetchone()[0])
