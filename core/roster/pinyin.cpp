#include "roster/pinyin.h"

#include <QHash>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

// ICU's C API. Linux: pkg-config icu-i18n icu-uc. Windows 10+ ships ICU as icu.dll with the
// header <icu.h> in the Windows SDK and the import library icu.lib (see cmake/ThirdParty.cmake).
#if defined(_WIN32)
#include <icu.h>
#else
#include <unicode/utrans.h>
#endif

namespace cd::pinyin {
namespace {

// What one character contributes.
enum class Kind : unsigned char {
    Han,   // pinyin syllable(s); each syllable gives an initial
    Word,  // Latin letter or digit; a run of them gives one initial
    Dot,   // name separator ·, kept in both outputs
    Drop,  // whitespace
    Other, // punctuation: kept in full(), dropped from initials()
};

struct Entry
{
    QString text;
    QString initials;
    Kind kind = Kind::Other;
};

// Surnames whose reading neither ICU transliterator gets right.
struct Override
{
    QStringView hanzi;
    const char *text;     // one syllable per space-separated part
};

constexpr Override compoundSurnames[] = {
    {u"万俟", "mo qi"}, {u"尉迟", "yu chi"}, {u"长孙", "zhang sun"}, {u"单于", "chan yu"},
    {u"澹台", "tan tai"}, {u"令狐", "ling hu"}, {u"东方", "dong fang"}, {u"欧阳", "ou yang"},
};

constexpr Override singleSurnames[] = {
    {u"朴", "piao"}, {u"都", "du"}, {u"缪", "miao"}, {u"阚", "kan"}, {u"莘", "shen"},
    {u"能", "nai"}, {u"祭", "zhai"}, {u"黑", "he"}, {u"句", "gou"},
};

bool isMiddleDot(char32_t c)
{
    return c == 0x00B7 || c == 0x2027 || c == 0x30FB || c == 0xFF65 || c == 0x2022 || c == 0x2219
        || c == 0x22C5 || c == 0x0387 || c == 0x02D1;
}

// ü and its toned forms are typed as v.
void umlautToV(QString &s)
{
    for (QChar &c : s) {
        switch (c.unicode()) {
        case 0x00FC: case 0x01D6: case 0x01D8: case 0x01DA: case 0x01DC: c = QLatin1Char('v'); break;
        case 0x00DC: case 0x01D5: case 0x01D7: case 0x01D9: case 0x01DB: c = QLatin1Char('V'); break;
        default: break;
        }
    }
}

Entry entryFromSyllables(const QString &latin)
{
    Entry e;
    e.kind = Kind::Han;
    bool atStart = true;
    for (QChar c : latin) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            const QChar lower = c.toLower();
            e.text += lower;
            if (atStart)
                e.initials += lower;
            atStart = false;
        } else if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('-')) {
            atStart = true;
        }
    }
    return e;
}

/// Owns the transliterators and the per-character cache. Lookups are lock-free for
/// BMP characters once cached; misses (a few thousand distinct characters) take the mutex.
class Engine
{
public:
    Engine()
    {
        for (auto &table : m_bmp)
            for (auto &slot : table)
                slot.store(nullptr, std::memory_order_relaxed);
        m_names = open(u"Han-Latin/Names");
        m_han = open(u"Han-Latin");
        m_ascii = open(u"Latin-ASCII");
    }
    ~Engine()
    {
        for (UTransliterator *t : {m_names, m_han, m_ascii})
            if (t)
                utrans_close(t);
    }
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    const Entry *lookup(char32_t c, bool surname)
    {
        if (c < 0x10000) {
            auto &slot = m_bmp[surname ? 1 : 0][c];
            if (const Entry *e = slot.load(std::memory_order_acquire))
                return e;
            std::lock_guard<std::mutex> lock(m_mutex);
            if (const Entry *e = slot.load(std::memory_order_relaxed))
                return e;
            const Entry *e = keep(compute(c, surname));
            slot.store(e, std::memory_order_release);
            return e;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        const quint64 key = (quint64(c) << 1) | (surname ? 1 : 0);
        auto it = m_astral.constFind(key);
        if (it != m_astral.constEnd())
            return it.value();
        const Entry *e = keep(compute(c, surname));
        m_astral.insert(key, e);
        return e;
    }

private:
    static UTransliterator *open(QStringView id)
    {
        UErrorCode status = U_ZERO_ERROR;
        UTransliterator *t = utrans_openU(reinterpret_cast<const UChar *>(id.utf16()),
                                          int32_t(id.size()), UTRANS_FORWARD, nullptr, 0,
                                          nullptr, &status);
        if (U_FAILURE(status)) {
            qWarning("pinyin: ICU transliterator unavailable (%s)", u_errorName(status));
            return nullptr;
        }
        return t;
    }

    static QString apply(UTransliterator *t, const QString &in)
    {
        if (!t)
            return in;
        std::array<UChar, 128> buf{};
        if (in.size() >= int(buf.size()) / 2)
            return in;
        int32_t length = int32_t(in.size());
        std::copy(in.utf16(), in.utf16() + length, reinterpret_cast<char16_t *>(buf.data()));
        int32_t limit = length;
        UErrorCode status = U_ZERO_ERROR;
        utrans_transUChars(t, buf.data(), &length, int32_t(buf.size()), 0, &limit, &status);
        if (U_FAILURE(status))
            return in;
        return QString(reinterpret_cast<const QChar *>(buf.data()), length);
    }

    const Entry *keep(Entry e)
    {
        m_store.push_back(std::make_unique<Entry>(std::move(e)));
        return m_store.back().get();
    }

    Entry compute(char32_t c, bool surname) const
    {
        const QString ch = QString::fromUcs4(&c, 1);
        Entry e;
        if (QChar::isSpace(c) || c == 0x200B || c == 0xFEFF) {
            e.kind = Kind::Drop;
            return e;
        }
        if (isMiddleDot(c)) {
            e.kind = Kind::Dot;
            e.text = e.initials = QString(QChar(0x00B7));
            return e;
        }
        if (QChar::script(c) == QChar::Script_Han) {
            if (surname) {
                for (const Override &o : singleSurnames)
                    if (o.hanzi == ch)
                        return entryFromSyllables(QLatin1String(o.text));
            }
            QString latin = apply(surname ? m_names : m_han, ch);
            umlautToV(latin);
            latin = apply(m_ascii, latin);
            Entry han = entryFromSyllables(latin);
            if (!han.text.isEmpty())
                return han;
            e.kind = Kind::Other; // a Han character ICU has no reading for: keep it
            e.text = ch;
            return e;
        }
        // Full-width forms to ASCII, then accents off (ü -> v first, as users type it).
        QString s = ch.normalized(QString::NormalizationForm_KC);
        umlautToV(s);
        s = apply(m_ascii, s).toLower();
        e.text = s;
        const QChar first = s.isEmpty() ? QChar() : s.at(0);
        if (first.isLetterOrNumber()) {
            e.kind = Kind::Word;
            e.initials = first;
        }
        return e;
    }

    std::array<std::array<std::atomic<const Entry *>, 0x10000>, 2> m_bmp;
    std::mutex m_mutex;
    QHash<quint64, const Entry *> m_astral;
    std::vector<std::unique_ptr<Entry>> m_store;
    UTransliterator *m_names = nullptr;
    UTransliterator *m_han = nullptr;
    UTransliterator *m_ascii = nullptr;
};

Engine &engine()
{
    static Engine instance; // thread-safe initialisation (C++11 magic statics)
    return instance;
}

void appendOverride(const char *text, QString *full, QString *initials)
{
    const Entry e = entryFromSyllables(QLatin1String(text));
    if (full)
        full->append(e.text);
    if (initials)
        initials->append(e.initials);
}

void convert(QStringView name, QString *full, QString *initials)
{
    name = name.trimmed();
    qsizetype i = 0;
    bool inWord = false;
    // A compound surname is read as a whole; otherwise the first character is the surname.
    for (const Override &o : compoundSurnames) {
        if (name.startsWith(o.hanzi)) {
            appendOverride(o.text, full, initials);
            i = o.hanzi.size();
            break;
        }
    }
    Engine &eng = engine();
    while (i < name.size()) {
        const QChar c = name[i];
        char32_t cp = c.unicode();
        const bool surname = (i == 0);
        qsizetype step = 1;
        if (c.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, name[i + 1]);
            step = 2;
        }
        i += step;
        if (cp < 0x80) { // ASCII fast path
            const char a = char(cp);
            if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9') || (a >= 'A' && a <= 'Z')) {
                const QChar lower = QChar(cp).toLower();
                if (full)
                    full->append(lower);
                if (initials && !inWord)
                    initials->append(lower);
                inWord = true;
            } else {
                if (full && a != ' ' && a != '\t' && a != '\r' && a != '\n')
                    full->append(QChar(cp));
                inWord = false;
            }
            continue;
        }
        const Entry *e = eng.lookup(cp, surname);
        if (full)
            full->append(e->text);
        if (initials && (e->kind != Kind::Word || !inWord))
            initials->append(e->initials);
        inWord = e->kind == Kind::Word;
    }
}

} // namespace

QString full(QStringView name)
{
    QString out;
    out.reserve(name.size() * 6);
    convert(name, &out, nullptr);
    return out;
}

QString initials(QStringView name)
{
    QString out;
    out.reserve(name.size());
    convert(name, nullptr, &out);
    return out;
}

} // namespace cd::pinyin
