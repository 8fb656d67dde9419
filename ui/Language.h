// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text3.h"

#include <QLocale>
#include <QTranslator>

#include <memory>
#include <optional>

namespace ui {

/// Switches the application's language at run time: our own catalogue, Qt's (Russian from the
/// system, Kazakh from our own qtbase_kk, since Qt 6.4 ships none), and the default QLocale for
/// numbers and dates. Installing translators sends QEvent::LanguageChange to every widget.
class Language
{
public:
    Language() = default;
    ~Language();
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

    /// Returns false when the catalogue for `language` could not be loaded (English needs none).
    bool apply(core::Language language);
    [[nodiscard]] core::Language current() const { return m_current; }

    [[nodiscard]] static QLocale localeFor(core::Language language);
    /// The language of the system locale when it is Kazakh or Russian, else English.
    [[nodiscard]] static core::Language systemDefault();
    /// How dates are shown: "24.11.2026" in Kazakh and Russian, "24 Nov 2026" in English.
    [[nodiscard]] static QString dateFormat(core::Language language);
    /// A number as a user typed it: in the interface's locale ("1 200,5"), or with a point, or a
    /// comma typed in an English interface; none when it is not a finite number.
    [[nodiscard]] static std::optional<double> parseNumber(const QString& text);
    /// A number for an editor, in the interface's locale, without needless digits ("12,5").
    [[nodiscard]] static QString formatNumber(double value);

private:
    void removeAll();

    core::Language m_current = core::Language::English;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace ui
