"""Where the web tests' files are, and the address the test sessions claim to serve on."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
MINIMAL = DATA / "lessons" / "minimal.yaml"
SEED_TEXT = DATA / "seed" / "us-ussr-relations-1919-1950.txt"
ORIGIN = "http://127.0.0.1:8765"
