"""Prints what openpyxl sees in a workbook as JSON (used to check XlsxTableWriter).

Usage: read_workbook.py FILE.xlsx
"""
import datetime
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            v = c.value
            if isinstance(v, datetime.datetime):
                kind, v = "datetime", v.isoformat()
            elif isinstance(v, datetime.date):
                kind, v = "date", v.isoformat()
            else:
                kind = type(v).__name__
            cells[c.coordinate] = {
                "type": kind,
                "value": v,
                "format": c.number_format,
                "bold": bool(c.font and c.font.b),
                "fill": (c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None),
                "border": bool(c.border and c.border.left and c.border.left.style),
            }
    widths = {k: v.width for k, v in ws.column_dimensions.items() if v.width}
    out["sheets"].append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "widths": widths,
        "max_row": ws.max_row,
        "cells": cells,
    })
print(json.dumps(out, ensure_ascii=False))
