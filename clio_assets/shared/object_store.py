"""Where tables and exports live: a local folder or an object-store URI (s3://bucket/prefix,
gs://, az://), and the file modes of local folders.

Credentials never pass through clio's config or code: LanceDB (Rust object_store) and
Arrow (AWS SDK) each read the standard variables themselves — AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, or a profile / instance role. Only the
non-secret endpoint and region are read here (AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL for
an S3-compatible server such as MinIO; AWS_REGION or AWS_DEFAULT_REGION), so nothing
secret can reach a log line, metadata or an error message written by clio.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlparse

import lancedb
import pyarrow.fs as pafs

# Restricted data is owner-only; published aggregates are readable by every local user
# (analysts, BI tools) — see docs/architecture.md "Storage locations and file modes".
RESTRICTED_DIR, RESTRICTED_FILE = 0o700, 0o600
PUBLISHED_DIR, PUBLISHED_FILE = 0o755, 0o644


def is_remote(uri: str) -> bool:
    return "://" in uri and not uri.startswith("file://")


def local_path(uri: str) -> Path:
    return Path(uri.removeprefix("file://"))


def _endpoint(environ: Mapping[str, str]) -> str:
    return environ.get("AWS_ENDPOINT_URL_S3") or environ.get("AWS_ENDPOINT_URL") or ""


def _region(environ: Mapping[str, str]) -> str:
    return environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION") or ""


def lance_options(uri: str, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """LanceDB storage options for `uri`: endpoint and region only (see the module doc)."""
    environ = os.environ if environ is None else environ
    if urlparse(uri).scheme != "s3":
        return {}
    options: dict[str, str] = {}
    if endpoint := _endpoint(environ):
        options["aws_endpoint"] = endpoint
        if endpoint.startswith("http://"):
            options["allow_http"] = "true"
    if region := _region(environ):
        options["aws_region"] = region
    return options


def filesystem(uri: str, environ: Mapping[str, str] | None = None) -> tuple[pafs.FileSystem, str]:
    """An Arrow filesystem and the path inside it for a folder URI (local or object store)."""
    environ = os.environ if environ is None else environ
    if not is_remote(uri):
        return pafs.LocalFileSystem(), str(local_path(uri).resolve())
    parsed = urlparse(uri)
    if parsed.scheme != "s3":
        fs, path = pafs.FileSystem.from_uri(uri)
        return fs, path
    endpoint = urlparse(_endpoint(environ)) if _endpoint(environ) else None
    s3 = pafs.S3FileSystem(region=_region(environ) or None,
                           endpoint_override=endpoint.netloc if endpoint else None,
                           scheme=endpoint.scheme if endpoint else "https")
    return s3, f"{parsed.netloc}/{parsed.path.strip('/')}".rstrip("/")


def make_dir(path: Path, restricted: bool) -> None:
    """Create `path` (and parents) and give it its tier's mode, whatever the umask."""
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(RESTRICTED_DIR if restricted else PUBLISHED_DIR)


def set_modes(root: Path, restricted: bool) -> None:
    """Give every folder and file under `root` its tier's mode. LanceDB writes with the
    process umask; the restricted root is already 0700, so no other user can reach the
    files in between, and after this no file is readable by others even if moved out."""
    dir_mode, file_mode = (RESTRICTED_DIR, RESTRICTED_FILE) if restricted else (PUBLISHED_DIR, PUBLISHED_FILE)
    if not root.exists():
        return
    for folder, _, files in os.walk(root):
        _chmod(Path(folder), dir_mode)
        for name in files:
            _chmod(Path(folder) / name, file_mode)


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except FileNotFoundError:  # an old version file removed by a concurrent cleanup
        pass


def connect(uri: str, restricted: bool) -> lancedb.DBConnection:
    """A LanceDB connection; a local database folder is created with its tier's mode."""
    if is_remote(uri):
        return lancedb.connect(uri, storage_options=lance_options(uri) or None)
    make_dir(local_path(uri), restricted)
    return lancedb.connect(str(local_path(uri)))
