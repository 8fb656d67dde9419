// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text3.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;

namespace ui {

/// A text in Kazakh, Russian and English: one line per language, blank lines marked.
class Text3Editor final : public QWidget
{
    Q_OBJECT
public:
    /// `name` prefixes the object names of the lines: "nameKkLineEdit", "nameRuLineEdit", …
    explicit Text3Editor(const QString& name, QWidget* parent = nullptr);

    void setText(const core::Text3& text);
    [[nodiscard]] core::Text3 text() const; ///< trimmed
    void setReadOnly(bool readOnly);
    /// Whether a blank line is marked (a text that §20 requires in every language).
    void setRequired(bool required);
    [[nodiscard]] QLineEdit* line(core::Language language) const;
    void retranslate();

Q_SIGNALS:
    void edited();

private:
    void markBlank();

    std::array<QLineEdit*, 3> m_lines{};
    std::array<QLabel*, 3> m_labels{};
    bool m_required = true;
};

} // namespace ui
