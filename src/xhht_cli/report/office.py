"""What the Office files (xlsx, docx) share: a zip package that is the same bytes on every run.

openpyxl and python-docx stamp the package with the time it was saved (the `modified` property and each zip
entry's date). xhht's output depends only on its input and the as-of date (two runs, or runs with any `--jobs`,
give identical files), so the package is written again with the as-of date in both places.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
_CREATED = re.compile(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)")


def stable_zip(data: bytes, day: date) -> bytes:
    """The Office package `data` with its entries dated `day` (at noon, in the zip's local time) and its
    `modified` and `created` properties set to `day`: the same bytes for the same content."""
    stamp = f"{day.isoformat()}T00:00:00Z".encode()
    when = (max(day.year, 1980), day.month, day.day, 12, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
                body = _CREATED.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()
