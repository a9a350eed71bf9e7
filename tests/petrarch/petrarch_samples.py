"""Small PETRARCH-format dictionaries written for the tests (not taken from any real file)."""

from __future__ import annotations

from pathlib import Path

VERBS = """\
<!-- a test verb file -->
&FRUIT
+APPLE
+RED_PLUM
+&CITRUS

&CITRUS
# a comment inside a set
+LEMON

--- GREET  [041] ---
GREET  # a comment
HAIL {HAILS HAILED} [042]
+WAVE_AT {+WAVED_AT} [043]
- * &FRUIT [044]
- * (WITH {WARM WORDS}) [045:046]
- NOT * [046]
- * FROM $ TO + [047]

--- MUDDLE  [---] ---
MUDDLE
- * (UP ^) [---]
- *THROUGH [:048]
"""


ACTORS = """\
<!-- multi-line
comment -->
FREEDONIA [FRE]
+FREEDONIAN
RUFUS_T_FIREFLY_  # leader
+FIREFLY
\t[FREELI <330101]
\t[FREGOV 330101-331231]
\t[FREELI]
SYLVANIA_  [SYL] # trailing comment
AMBASSADOR_TRENTINO
TRENTINO
\t[SYLGOV]
NOBODY
\t[XYZ 2004017-20061201]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p
