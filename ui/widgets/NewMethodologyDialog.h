// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

class QComboBox;
class QSpinBox;

namespace ui {

/// A new methodology: its block and evaluated year. It starts as an empty draft.
class NewMethodologyDialog final : public DialogBase
{
    Q_OBJECT
public:
    explicit NewMethodologyDialog(int year, QWidget* parent = nullptr);

    [[nodiscard]] int block() const;
    [[nodiscard]] int year() const;

private:
    QComboBox* m_block;
    QSpinBox* m_year;
};

} // namespace ui
