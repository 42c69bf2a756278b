import os, time, statistics, shutil
os.environ["QT_QPA_PLATFORM"]="offscreen"; os.environ["COPYDESK_DATA_DIR"]="/tmp/benchdata"
os.environ["XDG_CONFIG_HOME"]="/tmp/benchdata/cfg"; shutil.rmtree("/tmp/benchdata", ignore_errors=True)
from PySide6.QtCore import Qt, QSettings
from PySide6.QtTest import QTest
from app.gui.application import create_application
app = create_application([])
from app.core.services import Desk
from app.core.model import Story
desk = Desk.open("sqlite:////tmp/benchdata/s.db", user="b")
para = ('Officials said on Monday that the plan, which "will change everything," according to the minister, '
        'was approved after *long* talks with **regional** leaders and unions. ')
body = "\n\n".join(para * 2 for _ in range(20000 // 60))
story = desk.create_story(Story(headline="Long story", body=body), analyse=False)
print("words", story.word_count)
from app.gui.main_window import MainWindow
w = MainWindow(desk, settings=QSettings("/tmp/benchdata/s.ini", QSettings.Format.IniFormat)); w.resize(1280, 800); w.show()
app.processEvents()
t = time.perf_counter(); w.autosaver.switch_to(story.id); app.processEvents(); t_open = (time.perf_counter()-t)*1000
print(f"open story (switch_to + first events) {t_open:.0f} ms")
te = w.editor.text_edit; te.setFocus(); te.moveCursor(te.textCursor().MoveOperation.End)
lat = []
for ch in "The quick brown fox jumps over the lazy dog " * 4:
    t = time.perf_counter(); QTest.keyClick(te, ch); app.processEvents(); lat.append((time.perf_counter()-t)*1000)
print(f"keystroke median {statistics.median(lat):.2f} ms, p95 {sorted(lat)[int(len(lat)*.95)]:.2f} ms, max {max(lat):.1f} ms")
t = time.perf_counter(); md = w.editor.markdown(); print(f"serialize 20k words {(time.perf_counter()-t)*1000:.0f} ms")
t = time.perf_counter(); w.editor.emit_markdown_now(); print(f"markdown_changed handlers (sidebar.set_text, counts) {(time.perf_counter()-t)*1000:.0f} ms")
# keystrokes while sidebar analysis is pending / running
lat2 = []
end = time.time() + 3
i = 0
while time.time() < end:
    t = time.perf_counter(); QTest.keyClick(te, "abcdefg "[i % 8]); app.processEvents(); lat2.append((time.perf_counter()-t)*1000); i += 1
    time.sleep(0.03)
print(f"typing for 3 s while the sidebar refreshes: median {statistics.median(lat2):.2f} ms, p95 {sorted(lat2)[int(len(lat2)*.95)]:.1f} ms, max {max(lat2):.0f} ms (n={len(lat2)})")
t = time.perf_counter(); r = w.autosaver.save("autosave"); print(f"autosave (incl. core analysis) {(time.perf_counter()-t)*1000:.0f} ms", r)
