"""Near-duplicate requests in one streaming pass: MinHash signatures per chunk, LSH buckets
at the end (the method is described in repeats.py).

Built for a million conversations a day: texts are normalised, hashed and signed chunk by
chunk as they are read, and only a 16-byte digest and a 128 x uint32 signature per
*distinct* normalised text are kept (no text), so memory is ~0.5 kB per distinct request
view. Signing is vectorised over a batch of texts (the modulo of the Mersenne prime by
shifts and masks, in cache-sized blocks), buckets of one are skipped, and the pairs found are joined by connected
components. Distinct texts are ordered by their digest, so the groups do not depend on
the order the conversations arrive in.
"""
from __future__ import annotations

import hashlib

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

PRIME = (1 << 31) - 1
SHINGLE = 5  # characters
NUM_PERM = 128
BANDS = 32
MAX_LEADERS = 16  # comparisons per LSH bucket: leaders, each against the rest
BLOCK = 256  # shingles signed at once: 256 x 128 x 8 bytes = 256 kB, in cache
_BAND_MIX = np.uint64(0x9E3779B97F4A7C15)


def coefficients(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    shingle = rng.integers(1, PRIME, size=SHINGLE, dtype=np.int64)
    a = rng.integers(1, PRIME, size=NUM_PERM, dtype=np.int64)
    b = rng.integers(0, PRIME, size=NUM_PERM, dtype=np.int64)
    return shingle, a, b


def _fold(x: np.ndarray) -> np.ndarray:
    """x mod (2^31 - 1) for 0 <= x < 2^63 as x & P + x >> 31, twice, then one subtraction."""
    x = (x & PRIME) + (x >> 31)
    x = (x & PRIME) + (x >> 31)
    return x - PRIME * (x >= PRIME)


def _shingles(text: str, shingle: np.ndarray) -> np.ndarray:
    """Hash of every 5-character shingle (repeats kept: they cannot change a minimum)."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)  # < 2**21 each
    if len(points) < SHINGLE:
        points = np.concatenate([points, np.zeros(SHINGLE - len(points), np.int64)])
    width = len(points) - SHINGLE + 1
    total = points[:width] * shingle[0]
    for k in range(1, SHINGLE):
        total += points[k:k + width] * shingle[k]
    return _fold(total)


def signatures(texts: list[str], coef: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """MinHash signature of each normalised text: per permutation (a, b), the minimum of
    (a * h + b) mod (2^31 - 1) over its shingle hashes h; as uint32. The modulo is taken by
    folding (shifts, masks, adds: several times faster than numpy's integer division) in
    blocks of BLOCK rows that stay in cache."""
    shingle, a, b = coef
    out = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    value = np.empty((BLOCK, NUM_PERM), dtype=np.int64)
    high = np.empty((BLOCK, NUM_PERM), dtype=np.int64)
    low = np.empty((BLOCK, NUM_PERM), dtype=np.uint64)
    for i, text in enumerate(texts):
        hashes = _shingles(text, shingle)
        best = np.full(NUM_PERM, PRIME, dtype=np.uint64)
        for start in range(0, len(hashes), BLOCK):
            h = hashes[start:start + BLOCK, None]
            v, w, u = value[:len(h)], high[:len(h)], low[:len(h)]
            np.multiply(h, a, out=v)
            v += b
            for _ in range(2):
                np.right_shift(v, 31, out=w)
                v &= PRIME
                v += w
            # v is now in [0, P + 1]: v - P wraps around (unsigned) unless v >= P
            np.subtract(v.view(np.uint64), PRIME, out=u)
            np.minimum(u, v.view(np.uint64), out=u)
            np.minimum(best, u.min(axis=0), out=best)
        out[i] = best
    return out


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def signed_views(views: list[list[str]], coef: tuple[np.ndarray, np.ndarray, np.ndarray]
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(views x conversations) 16-byte digests of *normalised* texts; the MinHash signature of
    each distinct text among them, signed once (distinct x NUM_PERM); and where each view's
    signature is in it (views x conversations)."""
    n = len(views[0]) if views else 0
    digests = np.empty((len(views), n), dtype="V16")  # S16 would drop trailing zero bytes
    where: dict[bytes, int] = {}
    first: list[str] = []
    position = np.empty((len(views), n), dtype=np.int64)
    for v, view in enumerate(views):
        for i, text in enumerate(view):
            key = digest(text)
            digests[v, i] = key
            at = where.get(key)
            if at is None:
                at = where[key] = len(first)
                first.append(text)
            position[v, i] = at
    return digests, signatures(first, coef), position


class RequestIndex:
    """Add conversations' views chunk by chunk; `groups()` labels every conversation added."""

    def __init__(self, n_views: int, min_similarity: float, seed: int = 0) -> None:
        self.n_views = n_views
        # estimated Jaccard (share of equal signature values) >= min_similarity, in whole values
        self.need = int(np.ceil(min_similarity * NUM_PERM - 1e-9))
        self.coef = coefficients(seed)
        self.index: dict[bytes, int] = {}  # digest of a normalised text -> its distinct item
        self.signature_chunks: list[np.ndarray] = []
        self.item_chunks: list[np.ndarray] = []  # (n_views, chunk size) distinct item per view

    def add(self, *views: list[str]) -> None:
        """One chunk: each view is one *normalised* text per conversation of the chunk."""
        if len(views) != self.n_views or any(len(v) != len(views[0]) for v in views):
            raise ValueError("every view needs one text per conversation")
        digests, signed, position = signed_views(list(views), self.coef)
        self.add_signed(digests, signed[position])

    def add_signed(self, digests: np.ndarray, signed: np.ndarray) -> None:
        """One chunk as `signed_views` gives it (computed where the texts were read): the
        (views x conversations) digests and the signature of each."""
        items = np.empty(digests.shape, dtype=np.int64)
        new: list[tuple[int, int]] = []
        for v, view in enumerate(digests):
            for i, digest in enumerate(view.tolist()):
                item = self.index.get(digest)
                if item is None:
                    item = self.index[digest] = len(self.index)
                    new.append((v, i))
                items[v, i] = item
        self.item_chunks.append(items)
        if new:
            rows, columns = zip(*new)
            self.signature_chunks.append(signed[list(rows), list(columns)])

    def groups(self) -> np.ndarray:
        """A group label per conversation (0..G-1, numbered by first occurrence)."""
        items = np.concatenate(self.item_chunks, axis=1) if self.item_chunks else np.zeros((self.n_views, 0), np.int64)
        n_items = len(self.index)
        if items.shape[1] == 0:
            return np.zeros(0, dtype=np.int64)
        sig = np.empty((n_items, NUM_PERM), dtype=np.uint32)
        done = 0
        while self.signature_chunks:  # moved chunk by chunk: never two copies of the signatures
            chunk = self.signature_chunks.pop(0)
            sig[done:done + len(chunk)] = chunk
            done += len(chunk)
        self.signature_chunks = [sig]  # groups() may be asked again
        # rank distinct texts by digest: bucket leaders do not depend on arrival order
        digests = np.frombuffer(b"".join(self.index), dtype="S16")
        rank = np.empty(n_items, dtype=np.int64)
        rank[np.argsort(digests, kind="stable")] = np.arange(n_items)
        heads: list[np.ndarray] = []
        tails: list[np.ndarray] = []
        rows = NUM_PERM // BANDS
        for band in range(BANDS):
            keys = np.zeros(n_items, dtype=np.uint64)
            for column in sig[:, band * rows:(band + 1) * rows].T:  # exact enough: 64-bit mix of 4 x 31 bits
                keys = (keys ^ column.astype(np.uint64)) * _BAND_MIX
            order = np.lexsort((rank, keys))
            bounds = np.flatnonzero(np.diff(keys[order])) + 1
            starts, ends = np.concatenate([[0], bounds]), np.concatenate([bounds, [n_items]])
            size = ends - starts
            pairs = starts[size == 2]  # buckets of two, all at once: the leader against the other
            if len(pairs):
                lead, other = order[pairs], order[pairs + 1]
                similar = (sig[lead] == sig[other]).sum(axis=1) >= self.need
                heads.append(lead[similar])
                tails.append(other[similar])
            for s, e in zip(starts[size > 2].tolist(), ends[size > 2].tolist()):
                self._join_similar(order[s:e], sig, heads, tails)
        for view in items[1:]:  # a conversation's views are one request
            heads.append(items[0])
            tails.append(view)
        head = np.concatenate(heads) if heads else np.zeros(0, np.int64)
        tail = np.concatenate(tails) if tails else np.zeros(0, np.int64)
        graph = sparse.coo_matrix((np.ones(len(head), np.int8), (head, tail)), shape=(n_items, n_items))
        _, component = connected_components(graph, directed=False)
        roots = component[items[0]]
        _, first = np.unique(roots, return_index=True)  # number groups by first occurrence
        number = np.empty(int(roots.max()) + 1, dtype=np.int64)
        number[roots[np.sort(first)]] = np.arange(len(first))
        return number[roots]

    def _join_similar(self, bucket: np.ndarray, sig: np.ndarray, heads: list, tails: list) -> None:
        remaining = bucket
        for _ in range(MAX_LEADERS):
            if len(remaining) < 2:
                return
            lead, rest = int(remaining[0]), remaining[1:]
            similar = (sig[rest] == sig[lead]).sum(axis=1) >= self.need
            joined = rest[similar]
            if len(joined):
                heads.append(np.full(len(joined), lead, dtype=np.int64))
                tails.append(joined)
            remaining = rest[~similar]
