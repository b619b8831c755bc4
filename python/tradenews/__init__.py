"""tradenews from Python: load the extension into a sqlite3 connection.

    import sqlite3, tradenews
    con = sqlite3.connect("news.db")
    tradenews.load(con)
    con.execute("SELECT extract_amount('oltre 10 miliardi di yuan', 'it')").fetchone()

loadable_path() finds tradenews.so: where TRADENEWS_SO says (after make
install, PREFIX/lib/tradenews.so), else in the checkout this package is in
(make). The sqlite3 module must be one that can load extensions (Debian's
python3 can).
"""
import os
from pathlib import Path

__all__ = ["loadable_path", "load"]


def loadable_path():
    """The path of tradenews.so; FileNotFoundError names the places tried."""
    env = os.environ.get("TRADENEWS_SO")
    if env:
        return env
    here = Path(__file__).resolve().parent
    tried = [here.parent.parent / "tradenews.so"]         # python/tradenews/ in the checkout
    for path in tried:
        if path.is_file():
            return str(path)
    raise FileNotFoundError("tradenews.so not found (set TRADENEWS_SO); tried: "
                            + ", ".join(str(p) for p in tried))


def load(conn, entry_point="sqlite3_tradenews_init"):
    """Loads the extension into the sqlite3 connection conn. entry_point
    'sqlite3_tradenewsnofs_init' leaves out articles(), which reads files."""
    conn.enable_load_extension(True)
    try:
        conn.execute("SELECT load_extension(?, ?)", (loadable_path(), entry_point))
    finally:
        conn.enable_load_extension(False)
    return conn
