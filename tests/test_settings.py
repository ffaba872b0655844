"""A user's settings file (vnpolicy --config FILE or $VNPOLICY_CONFIG) overrides nlp/settings.cfg section by
section, and `vnpolicy eval` scores the gold files from any directory with its gate's exit code."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO
from nlp import config
from vnpolicy.cli import cli


@pytest.fixture(autouse=True)
def defaults_again():
    """Each test starts and ends on the defaults alone, whatever it overrode (vnpolicy --config also sets
    $VNPOLICY_CONFIG for the processes it starts)."""
    before = os.environ.pop(config.CONFIG_ENV, None)
    config.use_config(None)
    yield
    os.environ.pop(config.CONFIG_ENV, None)
    if before is not None:
        os.environ[config.CONFIG_ENV] = before
    config.use_config(None)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_config_option_overrides_one_setting_and_changes_what_the_command_does(tmp_path):
    page = write(tmp_path / "page.txt", "Decree No. 15/2020/ND-CP on administrative sanctions. " * 10)
    settings = write(tmp_path / "small.cfg", "[text]\nmax_input_bytes = 100\n")
    result = CliRunner().invoke(cli, ["--config", str(settings), "extract", str(page)])
    assert result.exit_code != 0
    assert "larger than the limit of 100" in result.output
    assert os.environ[config.CONFIG_ENV] == str(settings)  # for the processes the command starts
    # only that key changed: the rest of [text] and the other sections keep their defaults
    assert config.get_float("text", "reflow_min_share") == 0.5
    assert config.get_int("search", "snippet_chars") == 180


def test_environment_variable_overrides_the_default_in_a_fresh_process(tmp_path):
    settings = write(tmp_path / "wide.cfg", "[search]\nsnippet_chars = 40\n")
    code = ("from corpus.search import snippet; text = ' '.join(['word'] * 200) + ' target ' + ' '.join(['word'] * 200);"
            "print(len(snippet(text, [['target']])))")
    lengths = {}
    for name, env in (("default", {}), ("override", {config.CONFIG_ENV: str(settings)})):
        full_env = dict(os.environ, PYTHONPATH=str(REPO), **env)
        out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=full_env, capture_output=True, text=True,
                             timeout=120, check=True)
        lengths[name] = int(out.stdout)
    assert lengths["override"] < 80 < lengths["default"]


def test_environment_variable_is_read_when_no_option_is_given(tmp_path):
    os.environ[config.CONFIG_ENV] = str(write(tmp_path / "seed.cfg", "[langid]\nseed = 7\n"))
    config.use_config(None)
    assert config.get_int("langid", "seed") == 7
    assert config.get_int("langid", "min_letters") == 12  # the other keys of [langid] keep their defaults


@pytest.mark.parametrize("text, message", [
    ("[searhc]\nsnippet_chars = 3\n", "unknown section [searhc]"),
    ("[search]\nsnipet_chars = 3\n", "[search] has no setting 'snipet_chars'"),
    ("snippet_chars = 3\n", "settings file"),
])
def test_a_misspelt_settings_file_is_refused_in_one_line(tmp_path, text, message):
    settings = write(tmp_path / "bad.cfg", text)
    result = CliRunner().invoke(cli, ["--config", str(settings), "eval", "--help"])
    assert result.exit_code == 2
    assert message in result.output


def test_a_non_number_from_the_environment_is_one_line_and_exit_2(tmp_path):
    settings = write(tmp_path / "nan.cfg", "[text]\nmax_input_bytes = lots\n")
    page = write(tmp_path / "page.txt", "Decree No. 15/2020/ND-CP.")
    env = dict(os.environ, PYTHONPATH=str(REPO), **{config.CONFIG_ENV: str(settings)})
    out = subprocess.run([sys.executable, "-m", "vnpolicy", "extract", str(page)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "'lots' is not a number" in out.stderr


def gold_folder(tmp_path: Path, floor: float) -> Path:
    gold = tmp_path / "gold"
    (gold / "assignments").mkdir(parents=True)
    shutil.copy(REPO / "tests" / "gold" / "assignments" / "handwritten_en_notice.json", gold / "assignments")
    write(gold / "floors.json", json.dumps({"assignments": {"en": {"precision": floor}}}))
    return gold


@pytest.mark.parametrize("floor, code", [(0.5, 0), (1.01, 1)])
def test_eval_gate_exit_code_outside_the_checkout(tmp_path, floor, code):
    gold = gold_folder(tmp_path, floor)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-m", "vnpolicy", "eval", "--gate", "--gold", str(gold)], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == code, out.stderr
    assert "assignments" in out.stdout
    assert ("FLOOR assignments/en: precision" in out.stderr) == (code == 1)
    assert ("quality gate: 1 floors held" in out.stdout) == (code == 0)


def test_eval_json_matches_the_module(tmp_path):
    gold = gold_folder(tmp_path, 0.5)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    outputs = [subprocess.run(command + ["--json", "--gold", str(gold)], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=120, check=True).stdout
               for command in ([sys.executable, "-m", "vnpolicy", "eval"], [sys.executable, "-m", "vnpolicy.evaluate"])]
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["assignments"]["en"]["tp"] > 0


def test_eval_without_gold_outside_a_checkout_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path / "none")])
    assert result.exit_code == 2 and "does not exist" in result.output
