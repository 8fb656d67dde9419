// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Registry.h"

#include <QWidget>

class QLineEdit;
class QLabel;

namespace ui {

/// Short and full name in Kazakh, Russian and English, with blank fields marked.
class NameEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit NameEditor(QWidget* parent = nullptr);

    void setName(const core::BodyName& name);
    /// The edited name, keeping the id and date of the one set.
    [[nodiscard]] core::BodyName name() const;
    [[nodiscard]] bool isComplete() const;
    void setReadOnly(bool readOnly);
    void retranslate();

Q_SIGNALS:
    void edited();

private:
    void markBlank();

    core::BodyName m_name;
    QLineEdit* m_short[3];
    QLineEdit* m_full[3];
    QLabel* m_headers[3];
    QLabel* m_shortLabel;
    QLabel* m_fullLabel;
};

} // namespace ui
