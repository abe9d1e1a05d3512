"""Writes the openpyxl fixture workbook used by tests/core/test_xlsxreader.cpp.

Usage: make_workbook.py OUT.xlsx
openpyxl is an independent writer: the reader is checked against files it did not write.
"""
import datetime
import sys

import openpyxl
from openpyxl.styles import Font

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "居民名单"

# A merged title row above the header, as offices lay out their rosters.
ws["A1"] = "某某社区居民名单"
ws["A1"].font = Font(bold=True, size=16)
ws.merge_cells("A1:F1")
ws.append(["姓名", "身份证号", "出生日期", "手机", "面积", "备注"])

ws["A3"] = "王䶮"
ws["B3"] = "11010519491231002X"
ws["C3"] = datetime.date(1949, 12, 31)
ws["C3"].number_format = "yyyy-mm-dd"
ws["D3"] = "13800138000"
ws["E3"] = 89.5
ws["F3"] = "=不是公式"
ws["F3"].data_type = "s"  # a literal text starting with '=', not a formula

ws["A4"] = "李四"
# What Excel keeps of 440524188001010014 typed into a General cell: 15 digits.
ws["B4"] = 4.40524188001010e17
ws["C4"] = datetime.date(1990, 1, 2)
ws["C4"].number_format = 'yyyy"年"m"月"d"日"'
# D4 stays empty: a gap in the middle of the row.
ws["E4"] = 100
ws["F4"] = "  前后空格  "

# Row 5 stays blank. Row 6: other value kinds.
ws["A6"] = True
ws["B6"] = "=E3+E4"          # formula without a cached value
ws["C6"] = datetime.datetime(1990, 1, 2, 8, 30)
ws["C6"].number_format = "yyyy-mm-dd hh:mm"
ws["D6"] = 0.125
ws["D6"].number_format = "0.00%"
ws["E6"] = 12.5
ws["E6"].number_format = '0.00"h"'
ws["F6"] = 45292
ws["F6"].number_format = "[Red]0.00"
ws["G6"] = 45292
ws["G6"].number_format = "[$-804]yyyy/m/d;@"
ws["H6"] = 1998.1  # "1998.10" typed into a General cell

second = wb.create_sheet("第二页")
second["B2"] = "第二页内容"
second["C3"] = 3

hidden = wb.create_sheet("隐藏")
hidden["A1"] = "hidden"
hidden.sheet_state = "hidden"

wb.save(sys.argv[1])
