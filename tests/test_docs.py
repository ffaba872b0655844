"""Every command documents itself: help text with an example, and the README names it."""
import click
import pytest

from tests.conftest import REPO
from vnpolicy.cli import cli


def all_commands(group: click.Group, prefix: str = ""):
    # as the command line lists them: the export group makes a registered stage's subcommand when asked
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        yield prefix + name, command
        if isinstance(command, click.Group):
            yield from all_commands(command, prefix + name + " ")


@pytest.mark.parametrize("name, command", list(all_commands(cli)), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_has_help_with_an_example(name, command):
    assert command.help and len(command.help) > 40, f"{name} has no help"
    if not isinstance(command, click.Group) or not command.commands:
        assert "Example" in command.help, f"{name} help has no example"


@pytest.mark.parametrize("name", list(cli.commands))
def test_readme_mentions_every_command(name):
    assert f"vnpolicy {name}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    head = "\n".join((REPO / "README.md").read_text(encoding="utf-8").splitlines()[:10])
    assert "make demo" in head and "make test" in head
