"""extract.preload(): a parent builds every language's data before forking, so that the forked workers (and the
fresh worker that redoes each page of a broken pool alone) start warm. Run in a fresh interpreter, so that no
other test has warmed the caches before."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

PROBE = """
import json, multiprocessing
import extract
from extract.assign.cues import language_grammar
from nlp import languages

def cached(_):
    return language_grammar.cache_info().currsize

before = language_grammar.cache_info().currsize
if {preload}:
    extract.preload()
with multiprocessing.get_context("fork").Pool(1) as pool:
    in_child = pool.map(cached, [0])[0]
print(json.dumps({{"before": before, "in_child": in_child, "languages": len(languages.codes())}}))
"""


def probe(preload: bool) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE.format(preload=preload)], cwd=REPO, capture_output=True,
                         text=True, check=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_worker_forked_after_preload_has_every_languages_grammar_built():
    seen = probe(preload=True)
    assert seen["before"] == 0
    assert seen["in_child"] >= seen["languages"] >= 4


def test_without_preload_a_forked_worker_starts_cold():
    # the look-alike: what the workers met before (each built the grammar at its first page)
    seen = probe(preload=False)
    assert seen["in_child"] == 0
