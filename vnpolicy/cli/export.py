"""``vnpolicy export``: bulk export of the corpus. Each kind of row is a subcommand, added by the
module that owns it (documents and facts in export_facts, raw pages as WARC in export_pages)."""
from __future__ import annotations

import click


class ExportGroup(click.Group):
    """The export subcommands, with one for the facts of every registered stage (its table's name),
    also of a stage registered after the commands were made (and none for one unregistered since)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.made_here: set[str] = set()  # commands this group made for a registered stage's table

    def list_commands(self, ctx: click.Context) -> list[str]:
        from corpus.export import fact_export_kinds

        kinds = fact_export_kinds()
        return sorted({*(n for n in self.commands if n not in self.made_here or n in kinds), *kinds})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        from corpus.export import fact_export_kinds

        kinds = fact_export_kinds()
        if name in self.made_here and name not in kinds:
            return None
        if name not in self.commands and name in kinds:
            from vnpolicy.cli.export_facts import make_command

            self.add_command(make_command(name))
            self.made_here.add(name)
        return super().get_command(ctx, name)


@click.group(cls=ExportGroup)
def export() -> None:
    """Bulk export of documents, facts or raw pages, streamed in constant memory.

    \b
    Examples:
        vnpolicy export mentions --format csv -o mentions.csv
        vnpolicy export pages --format warc -o pages.warc.gz
    """


COMMANDS = [export]
