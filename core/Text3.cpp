// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text3.h"

using namespace Qt::StringLiterals;

namespace core {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return u"kk"_s;
    case Language::Russian:
        return u"ru"_s;
    case Language::English:
        return u"en"_s;
    }
    return u"en"_s;
}

std::optional<Language> parseLanguage(const QString& code)
{
    if (code == u"kk")
        return Language::Kazakh;
    if (code == u"ru")
        return Language::Russian;
    if (code == u"en")
        return Language::English;
    return std::nullopt;
}

const QString& Text3::in(Language language) const
{
    switch (language) {
    case Language::Kazakh:
        return kk;
    case Language::Russian:
        return ru;
    case Language::English:
        return en;
    }
    return en;
}

bool Text3::isComplete() const
{
    return !kk.trimmed().isEmpty() && !ru.trimmed().isEmpty() && !en.trimmed().isEmpty();
}

Text3 Text3::trimmed() const
{
    return Text3{kk.trimmed(), ru.trimmed(), en.trimmed()};
}

} // namespace core
