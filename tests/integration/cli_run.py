"""Run `copydesk VERB ...` in this test process: the entry point `python -m app` calls
(`app.__main__.main(argv)`), with the environment, working folder, stdout and stderr a process
of its own would have, and its exit status, as a `subprocess.CompletedProcess`.

Starting a Python process per command (about half a second each, most of it importing
SQLAlchemy) was most of the suite's run time. What only a real process can show stays in
subprocess tests that say why: the `python -m app` entry point itself (test_cli.py), what a
fresh interpreter imports (no Qt: test_cli_publishing.py), logging with nobody to configure it
(test_cli_robustness.py), a process without root's capabilities (test_cli_read_only.py), and
the doctor and live-process tests.

An exception the command does not turn into an exit status propagates (a real process would
print a traceback and exit 1; here the test fails with the same traceback)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path


@contextlib.contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _root_log_handlers_off() -> Iterator[None]:
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers.clear()
    try:
        yield
    finally:
        root.handlers[:] = saved


def run_cli(
    *args: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    check: bool = False,
) -> subprocess.CompletedProcess:
    """`copydesk ARGS` with ENV added to the environment, in folder CWD."""
    from app.__main__ import main

    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(_environment(env or {}))
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        # A warning the command raises lands on its stderr, as in a process of its own
        # (pytest would otherwise collect it for its summary).
        stack.enter_context(warnings.catch_warnings())
        warnings.resetwarnings()
        for action, category in _DEFAULT_FILTERS:
            warnings.simplefilter(action, category, append=True)
        warnings.showwarning = _warning_to_stderr
        # A library's log record reaches stderr through logging's last resort, as in a process
        # of its own, not pytest's capture handler on the root logger.
        stack.enter_context(_root_log_handlers_off())
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help, --version, usage errors
            code = _exit_status(exc.code)
        sys.stdout.flush()
        sys.stderr.flush()
    result = subprocess.CompletedProcess(
        ["copydesk", *argv], code, stdout=out.getvalue(), stderr=err.getvalue()
    )
    if check:
        result.check_returncode()
    return result


# The interpreter's own filters when started without -W (pytest installs its own).
_DEFAULT_FILTERS = (
    ("ignore", DeprecationWarning),
    ("ignore", PendingDeprecationWarning),
    ("ignore", ImportWarning),
    ("ignore", ResourceWarning),
    ("default", Warning),
)


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)  # sys.exit("message"): printed, status 1
    return 1


def _warning_to_stderr(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _batch() -> int:
    """`python tests/integration/cli_run.py` < [[ARGS...], ...]: each command in turn in this
    one process, [[status, stdout, stderr], ...] on stdout as JSON. For tests that need a
    process of their own (without root's capabilities, say) but not one per command."""
    import json

    commands = json.load(sys.stdin)
    results = [run_cli(*argv) for argv in commands]
    json.dump([[r.returncode, r.stdout, r.stderr] for r in results], sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(_batch())
