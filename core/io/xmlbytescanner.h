#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QVarLengthArray>

#include <cstring>

namespace cd {

/// A small, fast pull tokenizer for the UTF-8 XML that spreadsheet parts contain,
/// reading a device in large chunks.
///
/// It exists because QXmlStreamReader tokenizes a 100,000-row worksheet (60-80 MB of
/// XML) at about 40 MB/s; this scanner is several times faster. It checks what a
/// reader needs to trust the data — tag nesting, quoting, entities, UTF-8 and XML
/// character validity — and reports anything it does not handle (a DOCTYPE, another
/// encoding) as Unsupported so the caller can fall back to QXmlStreamReader.
///
/// Work is done in units: the caller marks a checkpoint before each unit (e.g. one
/// <row>); when next() answers NeedMore the caller calls refill(), which rewinds to the
/// checkpoint and appends data, and parses the unit again. Views returned by the
/// scanner point into its buffer and stay valid until the next refill().
class XmlByteScanner
{
    Q_DECLARE_TR_FUNCTIONS(cd::XmlByteScanner)

public:
    enum class Token { StartElement, EndElement, Text, EndOfDocument, NeedMore, Unsupported, Invalid };

    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView value; // raw, entities not yet decoded
    };

    /// One unit (e.g. a row) may not exceed this (256 MiB); Excel's own limits keep real
    /// rows far below it, and it bounds the memory a hostile file can claim.
    static constexpr qsizetype maxUnitSize = qsizetype(256) << 20;

    explicit XmlByteScanner(QIODevice *device, qint64 chunkSize = 1 << 20);

    void markCheckpoint() { m_checkpoint = m_pos; }
    /// Rewinds to the checkpoint and reads more. False when there was nothing left to read.
    bool refill();

    Token next();

    QByteArrayView qualifiedName() const { return m_name; }
    QByteArrayView localName() const;
    bool isSelfClosing() const { return m_selfClosing; }
    int attributeCount() const { return m_attributeCount; }
    const Attribute &attributeAt(int i) const { return m_attributes[i]; }
    /// Raw value of the attribute with this exact qualified name; isNull() when absent.
    QByteArrayView attribute(QByteArrayView name) const;
    /// Raw text of a Text token (CDATA sections come as Text with isCData()).
    QByteArrayView rawText() const { return m_text; }
    bool isCData() const { return m_cdata; }

    /// Decodes raw text or an attribute value: entities, character references and line
    /// ends. False (and an error) for an undefined entity or an invalid reference.
    bool decode(QByteArrayView raw, bool isAttribute, QString *out);

    /// After a StartElement: the character content up to its end tag (comments skipped,
    /// CDATA included). Returns EndElement when done; child elements are an error.
    Token readElementText(QByteArrayView elementName, QString *text);
    /// After a StartElement that is not self-closing: skips to its end tag.
    Token skipElement(QByteArrayView elementName);

    /// Makes next() answer Invalid from now on, with `message` at the current position.
    Token fail(const QString &message);
    const QString &errorString() const { return m_error; }
    /// Line of the current position (for messages about the token just read).
    qint64 currentLine() const { return lineAt(m_pos); }
    qint64 errorLine() const { return m_errorLine; }

    static bool isWhitespace(QByteArrayView text);
    /// Byte-wise equality without the overhead of the general comparison functions.
    static bool same(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
    }
    template <qsizetype N>
    static bool same(QByteArrayView a, const char (&literal)[N])
    {
        if (a.size() != N - 1)
            return false;
        for (qsizetype i = 0; i < N - 1; ++i) // names are short: no library call
            if (a.data()[i] != literal[i])
                return false;
        return true;
    }

private:
    Token tokenAt();
    Token readStartTag();
    Token readEndTag();
    Token incomplete();
    qint64 lineAt(qsizetype pos) const;
    bool validateNewBytes();

    QIODevice *m_device;
    qint64 m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_checkpoint = 0;
    qsizetype m_validated = 0;
    qint64 m_linesBefore = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_utf16 = false;

    QByteArrayView m_name;
    bool m_selfClosing = false;
    QVarLengthArray<Attribute, 8> m_attributes; // grows only; the first m_attributeCount are current
    int m_attributeCount = 0;
    QByteArrayView m_text;
    bool m_cdata = false;

    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace cd
