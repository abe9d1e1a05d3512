#include "io/xmlbytescanner.h"

#include <cstring>

namespace cd {

namespace {

inline bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

inline bool isNameChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
        || u == ':' || u == '-' || u == '.';
}

inline bool equal(QByteArrayView a, QByteArrayView b) { return XmlByteScanner::same(a, b); }

inline bool startsWith(const char *p, qsizetype available, const char *prefix)
{
    const auto n = qsizetype(std::strlen(prefix));
    return available >= n && std::memcmp(p, prefix, size_t(n)) == 0;
}

// Offset of `needle` in [from, end) of `data`, or -1.
qsizetype find(const QByteArray &data, qsizetype from, const char *needle)
{
    return data.indexOf(needle, from);
}

// Spreadsheet XML has few line breaks: memchr skips between them.
qint64 countLines(const char *data, qsizetype size)
{
    qint64 lines = 0;
    const char *end = data + size;
    for (const char *p = data; p < end; ++lines, ++p) {
        p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!p)
            break;
    }
    return lines;
}

bool isXmlChar(uint cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
}

} // namespace

XmlByteScanner::XmlByteScanner(QIODevice *device, qint64 chunkSize) : m_device(device), m_chunkSize(chunkSize) {}

bool XmlByteScanner::isWhitespace(QByteArrayView text)
{
    for (char c : text)
        if (!isSpace(c))
            return false;
    return true;
}

QByteArrayView XmlByteScanner::localName() const
{
    const char *begin = m_name.data();
    for (const char *p = begin + m_name.size(); p > begin; --p)
        if (p[-1] == ':')
            return QByteArrayView(p, begin + m_name.size() - p);
    return m_name;
}

QByteArrayView XmlByteScanner::attribute(QByteArrayView name) const
{
    for (int i = 0; i < m_attributeCount; ++i)
        if (equal(m_attributes[i].name, name))
            return m_attributes[i].value;
    return QByteArrayView();
}

qint64 XmlByteScanner::lineAt(qsizetype pos) const
{
    pos = qBound<qsizetype>(0, pos, m_buffer.size());
    return m_linesBefore + countLines(m_buffer.constData(), pos) + 1;
}

XmlByteScanner::Token XmlByteScanner::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = lineAt(m_pos);
    }
    return Token::Invalid;
}

XmlByteScanner::Token XmlByteScanner::incomplete()
{
    return m_eof ? fail(tr("The document ends before it is complete.")) : Token::NeedMore;
}

bool XmlByteScanner::refill()
{
    if (m_eof || !m_error.isEmpty())
        return false;
    if (m_checkpoint > 0) {
        m_linesBefore += countLines(m_buffer.constData(), m_checkpoint);
        m_buffer.remove(0, m_checkpoint);
        m_validated -= m_checkpoint;
    }
    m_pos = 0;
    m_checkpoint = 0;
    // A unit larger than a chunk is parsed again after each refill: read at least as much
    // as is already held, so that a huge hostile unit costs linear, not quadratic, time.
    const qsizetype old = m_buffer.size();
    if (old >= maxUnitSize) {
        m_error = tr("An element is larger than %1 MiB; the file is refused.").arg(maxUnitSize >> 20);
        m_errorLine = lineAt(0);
        return false;
    }
    const qint64 wanted = qMax<qint64>(m_chunkSize, qMin<qint64>(old, maxUnitSize - old));
    m_buffer.resize(old + qsizetype(wanted));
    const qint64 n = m_device->read(m_buffer.data() + old, wanted);
    m_buffer.resize(old + qMax<qint64>(0, n));
    if (n <= 0)
        m_eof = true;
    // UTF-16 (with a byte-order mark or without: "<\0"): leave it to QXmlStreamReader.
    if (m_linesBefore == 0 && m_validated == 0 && m_buffer.size() >= 2) {
        const char *p = m_buffer.constData();
        if ((p[0] == '\xFF' && p[1] == '\xFE') || (p[0] == '\xFE' && p[1] == '\xFF') || p[0] == '\0' || p[1] == '\0')
            m_utf16 = true;
    }
    if (m_utf16)
        return true;
    if (!validateNewBytes()) {
        m_error = tr("The text is not valid UTF-8 or holds a character XML does not allow.");
        m_errorLine = lineAt(m_validated);
    }
    return true;
}

// Checks newly read bytes once: well-formed UTF-8 and characters XML allows.
bool XmlByteScanner::validateNewBytes()
{
    const auto *data = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const qsizetype end = m_buffer.size();
    qsizetype i = m_validated;
    while (i < end) {
        // Eight plain ASCII bytes at a time (no high bit, nothing below 0x20).
        if (end - i >= 8) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            const quint64 high = word & 0x8080808080808080ULL;
            const quint64 control = (word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL;
            if ((high | control) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) {
                m_validated = i;
                return false;
            }
            ++i;
            continue;
        }
        int length = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            m_validated = i;
            return false;
        }
        if (i + length > end) {
            if (m_eof) {
                m_validated = i;
                return false;
            }
            break; // the rest arrives with the next chunk
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char t = data[i + k];
            if ((t & 0xC0) != 0x80) {
                m_validated = i;
                return false;
            }
            cp = (cp << 6) | (t & 0x3F);
        }
        const uint minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (cp < minimum || !isXmlChar(cp)) {
            m_validated = i;
            return false;
        }
        i += length;
    }
    m_validated = i;
    return true;
}

XmlByteScanner::Token XmlByteScanner::next()
{
    if (m_utf16)
        return Token::Unsupported;
    for (;;) {
        if (!m_error.isEmpty())
            return Token::Invalid;
        const qsizetype end = m_buffer.size();
        if (!m_started) {
            if (end - m_pos < 3 && !m_eof)
                return Token::NeedMore;
            m_started = true;
            const char *p = m_buffer.constData() + m_pos;
            if (startsWith(p, end - m_pos, "\xEF\xBB\xBF"))
                m_pos += 3;
        }
        if (m_pos >= end)
            return m_eof ? Token::EndOfDocument : Token::NeedMore;
        // Validation runs ahead of parsing; never parse bytes it has not seen.
        if (m_pos >= m_validated && !m_eof)
            return Token::NeedMore;

        const char *p = m_buffer.constData() + m_pos;
        const qsizetype available = qMin(end, m_validated) - m_pos;
        if (*p != '<') {
            const void *lt = std::memchr(p, '<', size_t(available));
            if (!lt && !m_eof)
                return Token::NeedMore;
            const qsizetype length = lt ? static_cast<const char *>(lt) - p : available;
            m_text = QByteArrayView(p, length);
            m_cdata = false;
            m_pos += length;
            return Token::Text;
        }
        if (available < 2)
            return incomplete();
        const char kind = p[1];
        if (kind == '?') {
            const qsizetype close = find(m_buffer, m_pos + 2, "?>");
            if (close < 0 || close + 2 > m_validated)
                return incomplete();
            const QByteArrayView body(p + 2, close - m_pos - 2);
            if (body.startsWith("xml") && body.size() > 3 && isSpace(body.at(3))) {
                const qsizetype at = body.indexOf("encoding");
                if (at >= 0) {
                    qsizetype q = at + 8;
                    while (q < body.size() && (isSpace(body.at(q)) || body.at(q) == '='))
                        ++q;
                    if (q < body.size() && (body.at(q) == '"' || body.at(q) == '\'')) {
                        const qsizetype closeQuote = body.indexOf(body.at(q), q + 1);
                        const QByteArray name = body.sliced(q + 1, closeQuote < 0 ? 0 : closeQuote - q - 1)
                                                    .toByteArray()
                                                    .toLower();
                        if (name != "utf-8" && name != "utf8")
                            return Token::Unsupported;
                    }
                }
            }
            m_pos = close + 2;
            continue;
        }
        if (kind == '!') {
            if (startsWith(p, available, "<!--")) {
                const qsizetype close = find(m_buffer, m_pos + 4, "-->");
                if (close < 0 || close + 3 > m_validated)
                    return incomplete();
                m_pos = close + 3;
                continue;
            }
            if (startsWith(p, available, "<![CDATA[")) {
                const qsizetype close = find(m_buffer, m_pos + 9, "]]>");
                if (close < 0 || close + 3 > m_validated)
                    return incomplete();
                m_text = QByteArrayView(p + 9, close - m_pos - 9);
                m_cdata = true;
                m_pos = close + 3;
                return Token::Text;
            }
            if (startsWith(p, available, "<!DOCTYPE"))
                return Token::Unsupported; // may declare entities: QXmlStreamReader handles those
            if (available < 9)
                return incomplete();
            return fail(tr("Unexpected markup."));
        }
        if (kind == '/')
            return readEndTag();
        return readStartTag();
    }
}

XmlByteScanner::Token XmlByteScanner::readStartTag()
{
    const char *data = m_buffer.constData();
    const qsizetype end = qMin(m_buffer.size(), m_validated);
    qsizetype i = m_pos + 1;
    const qsizetype nameStart = i;
    while (i < end && isNameChar(data[i]))
        ++i;
    if (i >= end)
        return incomplete();
    if (i == nameStart)
        return fail(tr("A tag has no name."));
    m_name = QByteArrayView(data + nameStart, i - nameStart);
    m_attributeCount = 0;
    m_selfClosing = false;
    for (;;) {
        while (i < end && isSpace(data[i]))
            ++i;
        if (i >= end)
            return incomplete();
        const char c = data[i];
        if (c == '>') {
            ++i;
            break;
        }
        if (c == '/') {
            if (i + 1 >= end)
                return incomplete();
            if (data[i + 1] != '>')
                return fail(tr("A tag is not closed properly."));
            m_selfClosing = true;
            i += 2;
            break;
        }
        const qsizetype attributeStart = i;
        while (i < end && isNameChar(data[i]))
            ++i;
        if (i >= end)
            return incomplete();
        if (i == attributeStart)
            return fail(tr("A tag holds an unexpected character."));
        const QByteArrayView name(data + attributeStart, i - attributeStart);
        while (i < end && isSpace(data[i]))
            ++i;
        if (i >= end)
            return incomplete();
        if (data[i] != '=')
            return fail(tr("An attribute has no value."));
        ++i;
        while (i < end && isSpace(data[i]))
            ++i;
        if (i >= end)
            return incomplete();
        const char quote = data[i];
        if (quote != '"' && quote != '\'')
            return fail(tr("An attribute value is not quoted."));
        ++i;
        const void *close = std::memchr(data + i, quote, size_t(end - i));
        if (!close)
            return incomplete();
        const qsizetype valueEnd = static_cast<const char *>(close) - data;
        const QByteArrayView value(data + i, valueEnd - i);
        if (value.contains('<'))
            return fail(tr("An attribute value contains '<'."));
        if (m_attributeCount < m_attributes.size())
            m_attributes[m_attributeCount] = {name, value};
        else
            m_attributes.append({name, value});
        ++m_attributeCount;
        i = valueEnd + 1;
    }
    m_pos = i;
    return Token::StartElement;
}

XmlByteScanner::Token XmlByteScanner::readEndTag()
{
    const char *data = m_buffer.constData();
    const qsizetype end = qMin(m_buffer.size(), m_validated);
    qsizetype i = m_pos + 2;
    const qsizetype nameStart = i;
    while (i < end && isNameChar(data[i]))
        ++i;
    const qsizetype nameEnd = i;
    while (i < end && isSpace(data[i]))
        ++i;
    if (i >= end)
        return incomplete();
    if (nameEnd == nameStart || data[i] != '>')
        return fail(tr("An end tag is malformed."));
    m_name = QByteArrayView(data + nameStart, nameEnd - nameStart);
    m_pos = i + 1;
    return Token::EndElement;
}

} // namespace cd
