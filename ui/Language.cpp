// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <cmath>

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace ui {

Language::~Language()
{
    removeAll();
}

void Language::removeAll()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

QLocale Language::localeFor(core::Language language)
{
    switch (language) {
    case core::Language::Kazakh:
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    case core::Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    case core::Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale::c();
}

core::Language Language::systemDefault()
{
    switch (QLocale::system().language()) {
    case QLocale::Kazakh:
        return core::Language::Kazakh;
    case QLocale::Russian:
        return core::Language::Russian;
    default:
        return core::Language::English;
    }
}

QString Language::dateFormat(core::Language language)
{
    return language == core::Language::English ? u"d MMM yyyy"_s : u"dd.MM.yyyy"_s;
}

bool Language::apply(core::Language language)
{
    removeAll();
    m_current = language;
    QLocale::setDefault(localeFor(language));
    if (language == core::Language::English)
        return true; // removing the translators has already sent LanguageChange
    const QString code = core::languageCode(language);
    bool ok = true;
    m_qt = std::make_unique<QTranslator>();
    const bool qtLoaded = language == core::Language::Kazakh
                              ? m_qt->load(u":/i18n/qtbase_kk"_s)
                              : m_qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(u":/i18n/bagalau_"_s + code)) {
        QCoreApplication::installTranslator(m_app.get());
    } else {
        m_app.reset();
        ok = false;
    }
    return ok;
}

std::optional<double> Language::parseNumber(const QString& text)
{
    QString t = text.trimmed();
    // Spaces of any kind are group separators ("1 200,5").
    t.remove(u' ');
    t.remove(QChar(0x00a0));
    t.remove(QChar(0x202f));
    bool ok = false;
    double value = QLocale().toDouble(t, &ok);
    if (!ok)
        value = QLocale::c().toDouble(t, &ok);
    if (!ok && t.count(u',') == 1 && !t.contains(u'.')) {
        // "12,5" typed with an English interface.
        QString swapped = t;
        swapped.replace(u',', u'.');
        value = QLocale::c().toDouble(swapped, &ok);
    }
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString Language::formatNumber(double value)
{
    return QLocale().toString(value, 'g', 10);
}

} // namespace ui
