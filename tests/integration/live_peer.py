"""Another workstation for the two-process tests: a real Copydesk window in its own process.

Run as `python -m tests.integration.live_peer URL USER`; it shows the window offscreen and
talks JSON lines: it reports `ready`, every reload of its story list (`list`, with the time it
happened and the headlines) and presence changes; it obeys commands on stdin (`open`, `state`,
`take_over`, `claim`, `quit`). Not a test module: the tests drive it.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(url: str, user: str) -> int:
    from PySide6.QtCore import QSettings, QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from app.core.services import Desk
    from app.gui.dialogs.recovery_dialog import RecoveryDialog
    from app.gui.main_window import MainWindow
    from app.gui.models.story_table_model import StoryColumn, StoryRole
    from app.gui.review.dialogs import ReasonDialog

    app = QApplication([])
    desk = Desk.open(url, user=user)
    RecoveryDialog.ask = classmethod(lambda cls, parent, entries: None)  # type: ignore[method-assign]
    settings = QSettings(os.path.join(os.environ["COPYDESK_DATA_DIR"], "peer.ini"),
                         QSettings.Format.IniFormat)  # fmt: skip
    window = MainWindow(desk, settings=settings)
    window.resize(1280, 800)
    window.show()
    model = window.story_list.model

    def say(event: str, **data: object) -> None:
        sys.stdout.write(json.dumps({"event": event, "t": time.time(), **data}) + "\n")
        sys.stdout.flush()

    def rows() -> list[dict]:
        return [
            {"headline": model.index(r, StoryColumn.HEADLINE).data(),
             "editing": model.index(r, StoryColumn.HEADLINE).data(StoryRole.EDITING)}
            for r in range(model.rowCount())
        ]  # fmt: skip

    def state() -> dict:
        banner = window.banner
        return {
            "story": window.editor.story().slug if window.editor.story() else None,
            "read_only": window.editor.text_edit.isReadOnly(),
            "lock": banner.lock.label.text() if not banner.lock.isHidden() else "",
            "presence": banner.presence.label.text() if not banner.presence.isHidden() else "",
            "saved": banner.saved.label.text() if not banner.saved.isHidden() else "",
            "rows": rows(),
        }

    model.modelReset.connect(lambda: say("list", headlines=[r["headline"] for r in rows()]))
    window.live.presence_changed.connect(lambda _p: say("presence", rows=rows()))

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        order = json.loads(line)
        cmd = order["cmd"]
        if cmd == "open":
            story = desk.get_story(order["slug"])
            window._update_page()
            window.story_list.refresh(story.id)
            window.autosaver.switch_to(story.id)
            say("opened", **state())
        elif cmd == "state":
            say("state", **state())
        elif cmd == "claim":
            window.actions.claim_story.setChecked(True)
            say("claimed", **state())
        elif cmd == "take_over":
            reason = order["reason"]
            ReasonDialog.ask = classmethod(lambda cls, *a, **k: reason)  # type: ignore[method-assign]
            window.banner.take_over_button.click()
            say("took_over", **state())
        elif cmd == "quit":
            window.close()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: command())

    # The live feed starts right after the first paint; say ready once it runs.
    def ready() -> None:
        if window.live.feed is None:
            window.live.start()
        say("ready", session=desk.session_id, live=window.live.feed is not None)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, ready)
    code = app.exec()
    desk.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
