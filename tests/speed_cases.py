"""Real texts the speed tests compare a fast path with the plain way on: the bundled sample texts, and the first dev
articles when ../shared is present."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"


def real_texts(dev_articles: int = 40) -> list[str]:
    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:dev_articles] if DEV.exists() else [])
    return [p.read_text(encoding="utf-8") for p in paths]
