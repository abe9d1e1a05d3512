"""Builds hand-made .xlsx packages with Python's zipfile, for what openpyxl does not
write (shared strings with rich text and phonetic runs, namespace prefixes, missing
references, 1904 dates) and for damaged or hostile files.

Usage: make_raw_xlsx.py KIND OUT.xlsx
"""
import sys
import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG}">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def workbook(sheets, date1904=False):
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    items = "".join(
        f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, name in enumerate(sheets))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="{NS}" xmlns:r="{REL}">{pr}<sheets>{items}</sheets></workbook>'


def workbook_rels(count, shared=True, styles=True):
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(count))
    if shared:
        rels += f'<Relationship Id="rId100" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles:
        rels += f'<Relationship Id="rId101" Type="{REL}/styles" Target="/xl/styles.xml"/>'
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG}">{rels}</Relationships>'


# Style 0 General, 1 built-in 14 (date), 2 custom date, 3 custom non-date with quoted
# "d" and [Red], 4 built-in 31 (Chinese date). numFmt 166 inside <dxfs> is a decoy.
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{NS}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="165" formatCode="[Red]0.00&quot; days&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>
</styleSheet>"""

SHARED = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{NS}" count="4000000000" uniqueCount="4000000000">
<si><t>plain</t></si>
<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text</t></r></si>
<si><t>张三</t><rPh sb="0" eb="2"><t>ZHANGSAN</t></rPh><phoneticPr fontId="1"/></si>
<si><t>line1_x000D_
line2 &amp; &lt;tag&gt; &#x4E2D;</t></si>
<si><t/></si>
<si><t><![CDATA[<cdata> & more]]></t></si>
</sst>"""

# Namespace prefix "x", cells and rows without r, every cell type, a comment in the
# data, attributes in single quotes, a merge list after the data.
EDGE_SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="{NS}" xmlns:r="{REL}">
<x:dimension ref="A1:F9"/>
<x:sheetData>
<x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c r="E1" t="s"><x:v>3</x:v></x:c></x:row>
<x:row><x:c r="B2" t='inlineStr'><x:is><x:r><x:t>in</x:t></x:r><x:r><x:rPr><x:i/></x:rPr><x:t>line</x:t></x:r><x:rPh><x:t>IGNORED</x:t></x:rPh></x:is></x:c>
<x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>plainx</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c></x:row>
<!-- a comment between rows -->
<x:row r="4"><x:c r="A4" s="1"><x:v>45292</x:v></x:c><x:c r="B4" s="2"><x:v>32875</x:v></x:c><x:c r="C4" s="3"><x:v>12.5</x:v></x:c><x:c r="D4" s="4"><x:v>60</x:v></x:c><x:c r="E4" t="d"><x:v>2024-01-01T12:00:00</x:v></x:c></x:row>
<x:row r="5" spans="1:6"><x:c r="A5" s="9"><x:v>-1.5E-3</x:v></x:c><x:c r="C5" s="0"/><x:c r="D5" t="s"><x:v>4</x:v></x:c><x:c r="F5" t="s"><x:v>5</x:v></x:c></x:row>
<x:row r="7"/>
<x:row r="8"><x:c r="A8" t="n"><x:v>  7 </x:v></x:c><x:c r="B8"><x:v>1e400</x:v></x:c><x:c r="C8" t="inlineStr"><x:is><x:t>&#20013;&#x6587;&amp;</x:t></x:is></x:c></x:row>
<x:row r="9"><x:c r="XFD9"><x:v>1</x:v></x:c></x:row>
</x:sheetData>
<x:mergeCells count="2"><x:mergeCell ref="A1:C1"/><x:mergeCell ref="$B$4:D5"/></x:mergeCells>
</x:worksheet>"""

SIMPLE_SHEET = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>1</v></c><c r="C1"><v>42</v></c></row></sheetData></worksheet>"""

BROKEN_SHEET = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{NS}">
<sheetData>
<row r="1"><c r="A1"><v>1</v></c></row>
<row r="2"><c r="A2"><v>2</v></row>
</sheetData>
</worksheet>"""

DOCTYPE_SHEET = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE worksheet [<!ENTITY who "王䶮">]>
<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&who;</t></is></c><c r="B1"><v>5</v></c></row></sheetData></worksheet>"""

UTF16_SHEET = f"""<?xml version="1.0" encoding="UTF-16"?>
<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>宽字符</t></is></c></row></sheetData></worksheet>"""


def package(path, sheets, sheet_names=None, shared=SHARED, styles=STYLES, date1904=False, extra=None):
    names = sheet_names or [f"Sheet{i + 1}" for i in range(len(sheets))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook(names, date1904))
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets), shared is not None, styles is not None))
        for i, sheet in enumerate(sheets):
            data = sheet if isinstance(sheet, bytes) else sheet.encode("utf-8")
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", data)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        if styles is not None:
            z.writestr("xl/styles.xml", styles)
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def main():
    kind, out = sys.argv[1], sys.argv[2]
    if kind == "edge":
        package(out, [EDGE_SHEET, SIMPLE_SHEET], ["边界", "简单"])
    elif kind == "date1904":
        package(out, [SIMPLE_SHEET], date1904=True)
    elif kind == "broken-sheet":
        package(out, [SIMPLE_SHEET, BROKEN_SHEET], ["好", "坏"])
    elif kind == "broken-shared":
        package(out, [SIMPLE_SHEET], shared=SHARED.replace("</si>\n<si><t/>", "</sx>\n<si><t/>"))
    elif kind == "bad-shared-index":
        package(out, [SIMPLE_SHEET.replace('<c r="C1"><v>42</v></c>',
                                           '<c r="C1" t="s"><v>99999999999</v></c>')])
    elif kind == "bad-row-number":
        package(out, [SIMPLE_SHEET.replace('<row r="1">', '<row r="99999999999">')])
    elif kind == "bad-reference":
        package(out, [SIMPLE_SHEET.replace('r="C1"', 'r="ZZZZ1"')])
    elif kind == "truncated":
        package(out, [SIMPLE_SHEET[: len(SIMPLE_SHEET) - 40]])
    elif kind == "doctype":
        package(out, [DOCTYPE_SHEET])
    elif kind == "utf16":
        package(out, [UTF16_SHEET.encode("utf-16")])
    elif kind == "no-shared-no-styles":
        package(out, [SIMPLE_SHEET.replace('s="1"', 's="7"')], shared=None, styles=None)
    elif kind == "missing-sheet-part":
        package(out, [SIMPLE_SHEET, SIMPLE_SHEET])
        with zipfile.ZipFile(out, "r") as z:
            parts = {n: z.read(n) for n in z.namelist() if n != "xl/worksheets/sheet2.xml"}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for n, d in parts.items():
                z.writestr(n, d)
    elif kind == "missing-workbook":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", CONTENT_TYPES)
            z.writestr("word/document.xml", "<document/>")
    elif kind == "bomb":
        # 64 MiB of whitespace inside the sheet: compresses to about 64 KiB.
        head = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{NS}"><sheetData>'
        body = head.encode() + b" " * (64 * 1024 * 1024) + b"</sheetData></worksheet>"
        package(out, [body])
    elif kind == "not-a-zip":
        with open(out, "wb") as f:
            f.write(b"PK\x03\x04 this is not really a zip archive" + bytes(range(256)) * 8)
    else:
        raise SystemExit(f"unknown kind {kind}")


if __name__ == "__main__":
    main()
