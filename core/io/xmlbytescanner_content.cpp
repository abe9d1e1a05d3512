// XmlByteScanner: character content — entity decoding, element text, skipping.
#include "io/xmlbytescanner.h"

namespace cd {

namespace {

inline bool equal(QByteArrayView a, QByteArrayView b) { return XmlByteScanner::same(a, b); }

bool isXmlChar(uint cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool XmlByteScanner::decode(QByteArrayView raw, bool isAttribute, QString *out)
{
    bool plain = !raw.contains('&') && !raw.contains('\r');
    if (plain && isAttribute)
        plain = !raw.contains('\t') && !raw.contains('\n');
    if (plain) {
        *out = QString::fromUtf8(raw);
        return true;
    }
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r') {
            if (i + 1 < raw.size() && raw.at(i + 1) == '\n')
                ++i;
            bytes.append(isAttribute ? ' ' : '\n');
        } else if (isAttribute && (c == '\t' || c == '\n')) {
            bytes.append(' ');
        } else if (c == '&') {
            const qsizetype semicolon = raw.indexOf(';', i + 1);
            if (semicolon < 0 || semicolon - i > 12) {
                fail(tr("An entity reference is malformed."));
                return false;
            }
            const QByteArrayView entity = raw.sliced(i + 1, semicolon - i - 1);
            if (entity == "lt")
                bytes.append('<');
            else if (entity == "gt")
                bytes.append('>');
            else if (entity == "amp")
                bytes.append('&');
            else if (entity == "quot")
                bytes.append('"');
            else if (entity == "apos")
                bytes.append('\'');
            else if (entity.startsWith('#')) {
                bool ok = false;
                const bool hex = entity.size() > 1 && entity.at(1) == 'x';
                const uint cp = hex ? entity.sliced(2).toByteArray().toUInt(&ok, 16)
                                    : entity.sliced(1).toByteArray().toUInt(&ok, 10);
                if (!ok || !isXmlChar(cp)) {
                    fail(tr("A character reference names an invalid character."));
                    return false;
                }
                appendUtf8(bytes, cp);
            } else {
                fail(tr("The entity &%1; is not defined.").arg(QString::fromUtf8(entity.first(qMin<qsizetype>(entity.size(), 10)))));
                return false;
            }
            i = semicolon;
        } else {
            bytes.append(c);
        }
    }
    *out = QString::fromUtf8(bytes);
    return true;
}

XmlByteScanner::Token XmlByteScanner::readElementText(QByteArrayView elementName, QString *text)
{
    text->clear();
    QString piece;
    for (;;) {
        const Token token = next();
        switch (token) {
        case Token::Text:
            if (m_cdata) {
                QByteArray cdata = m_text.toByteArray();
                cdata.replace("\r\n", "\n");
                cdata.replace('\r', '\n');
                piece = QString::fromUtf8(cdata);
            } else if (!decode(m_text, false, &piece)) {
                return Token::Invalid;
            }
            if (text->isEmpty())
                *text = std::move(piece);
            else
                text->append(piece);
            break;
        case Token::EndElement:
            if (!equal(m_name, elementName))
                return fail(tr("An end tag does not match its start tag."));
            return Token::EndElement;
        case Token::StartElement:
            return fail(tr("Expected character data, found an element."));
        case Token::EndOfDocument:
            return fail(tr("The document ends before it is complete."));
        default:
            return token;
        }
    }
}

XmlByteScanner::Token XmlByteScanner::skipElement(QByteArrayView elementName)
{
    QVarLengthArray<QByteArrayView, 16> open;
    open.append(elementName);
    while (!open.isEmpty()) {
        const Token token = next();
        switch (token) {
        case Token::StartElement:
            if (!m_selfClosing)
                open.append(m_name);
            break;
        case Token::EndElement:
            if (!equal(m_name, open.last()))
                return fail(tr("An end tag does not match its start tag."));
            open.removeLast();
            break;
        case Token::Text:
            break;
        case Token::EndOfDocument:
            return fail(tr("The document ends before it is complete."));
        default:
            return token;
        }
    }
    return Token::EndElement;
}

} // namespace cd
