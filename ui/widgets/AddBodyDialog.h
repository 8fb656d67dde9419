// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Registry.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ui {

class DateField;
class NameEditor;

/// A new body: code, kind, scope, validity and its names in three languages.
class AddBodyDialog final : public DialogBase
{
    Q_OBJECT
public:
    explicit AddBodyDialog(core::Language language, QWidget* parent = nullptr);

    [[nodiscard]] QString code() const;
    [[nodiscard]] core::BodyFields fields() const;
    [[nodiscard]] core::BodyName name() const;

private:
    QLineEdit* m_code;
    QComboBox* m_kind;
    QCheckBox* m_evaluated;
    QCheckBox* m_blocks[3];
    QCheckBox* m_results;
    DateField* m_validFrom;
    NameEditor* m_name;
};

} // namespace ui
