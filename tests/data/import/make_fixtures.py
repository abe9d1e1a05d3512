# Writes the roster import fixtures into the folder given as the first argument, with
# openpyxl (an independent .xlsx writer) and Python's codecs. Run by tests/core/test_import.cpp.
import datetime, os, sys, zipfile
import openpyxl

out = sys.argv[1]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def make_id(first17):
    total = sum(int(d) * w for d, w in zip(first17, W))
    return first17 + "10X98765432"[total % 11]


ID_A = make_id("11010519491231029")   # male, 1949-12-31, check X
ID_B = make_id("11010519900102002")   # female, 1990-01-02
ID_C = make_id("11010519900102003")   # male
ID_D = make_id("11010519850315004")   # female
ID_E = make_id("11010520000229005")   # male, 2000-02-29
ID_F = make_id("11010519700101006")   # female
assert ID_A.endswith("X")


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


wb = openpyxl.Workbook()
ws = wb.active
ws.title = "花名册"
ws.append(["幸福社区居民花名册（2024年）"])
ws.merge_cells("A1:O1")
ws.append(["序号", "姓名", "性别", "公民身份号码", "出生日期", "手机号", "小区名称", "楼号", "单元号", "室号",
           "建筑面积（㎡）", "与户主关系", "政治面貌", "民族", "是否业主"])
rows = [
    # 3: lower-case x, birth as a real date (serial), owner
    [1, "张三", "男", ID_A.lower(), datetime.date(1949, 12, 31), "13800138000", "幸福小区", "3号楼", "2单元",
     "501室", 89.5, "户主", "中共党员", "汉族", "是"],
    # 4: full-width digits, text date in Chinese
    [2, "李四", "女", fullwidth(ID_B), "1990年1月2日", "139 0013 9000", "幸福小区", "3", "2", "501", 89.5,
     "配偶", "群众", "汉族", "否"],
    # 5: the ID stored as a number: digits lost
    [3, "王五", "男", int(ID_C[:15] + "000"), None, None, "幸福小区", "3", "2", "502", None, "户主", None, None, None],
    # 6: bad check character
    [4, "赵六", "女", ID_D[:17] + ("1" if ID_D[17] != "1" else "2"), None, None, "幸福小区", "3", "2", "502",
     None, None, None, None, None],
    # 7: birth date disagreeing with the ID number
    [5, "钱七", "男", ID_E, "2000/3/1", None, "幸福小区", "3", "2", "503", None, None, None, None, None],
    # 8: numeric yyyymmdd date, slash date elsewhere; a second estate and building
    [6, "孙八", "男", ID_E, 20000229, "13700137000", "和平小区", "1", "1", "101", "76.25㎡", "户主", "团员",
     "回族", "是"],
    # 9: a room without its building
    [7, "周九", "女", ID_F, "1970/1/1", None, "幸福小区", None, None, "601", None, None, None, None, None],
]
for r in rows:
    ws.append(r)
ws["E3"].number_format = "yyyy-mm-dd"
wb.save(os.path.join(out, "roster.xlsx"))

# The same people as CSV in GB18030 and in UTF-8 with a byte-order mark.
header = "姓名,性别,身份证号,出生日期,联系电话,小区,楼栋,单元,门牌号,面积,与户主关系\r\n"
lines = [
    "张三,男,%s,1949-12-31,13800138000,幸福小区,3,2,501,89.50,户主\r\n" % ID_A,
    "李四,女,%s,1990/1/2,13900139000,幸福小区,3,2,501,89.50,配偶\r\n" % ID_B,
    "王五,男,1.10105E+17,,,幸福小区,3,2,502,,户主\r\n",
]
with open(os.path.join(out, "gb18030.csv"), "w", encoding="gb18030", newline="") as f:
    f.write(header + "".join(lines))
with open(os.path.join(out, "utf8bom.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(header + "".join(lines))

# Not a zip at all, and a zip whose worksheet XML is broken.
with open(os.path.join(out, "not_a_zip.xlsx"), "wb") as f:
    f.write(b"this is not a workbook\n" * 10)
good = os.path.join(out, "roster.xlsx")
with zipfile.ZipFile(good) as src, zipfile.ZipFile(os.path.join(out, "broken_xml.xlsx"), "w") as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            data = data[: len(data) * 2 // 3] + b"<row r=\"99\"><c r=\"A99\" t=\"s\"><v>1</c></row></sheetData"
        dst.writestr(item, data)

print(ID_A, ID_B, ID_C, ID_D, ID_E, ID_F)
