// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace core {

/// The three languages in which Bagalau stores names and methodology texts.
enum class Language { Kazakh, Russian, English };

[[nodiscard]] QString languageCode(Language language); // "kk", "ru", "en"
[[nodiscard]] std::optional<Language> parseLanguage(const QString& code); // nullopt when unknown

/// A text in Kazakh, Russian and English.
struct Text3
{
    QString kk;
    QString ru;
    QString en;

    [[nodiscard]] const QString& in(Language language) const;
    [[nodiscard]] bool isComplete() const; ///< none of the three is blank
    [[nodiscard]] Text3 trimmed() const;
    friend bool operator==(const Text3&, const Text3&) = default;
};

} // namespace core
