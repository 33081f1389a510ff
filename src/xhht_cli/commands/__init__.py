"""The commands of `xhht` (wired into the typer app in `xhht_cli.cli`): one module per group, the options they
share, the error guard every command runs in, and the writing of a run's report with its exit status."""
