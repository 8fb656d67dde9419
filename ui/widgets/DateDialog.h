// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Text3.h"

#include <QDate>

class QCheckBox;
class QLabel;

namespace ui {

class DateField;

/// Asks for the date of a step — a conclusion sent or received (§46, §57), a stage of the
/// Commission (§48–51) — with what the step means; optionally allows clearing the date, and
/// offers to apply it to every body that is ready.
class DateDialog final : public DialogBase
{
    Q_OBJECT
public:
    DateDialog(const QString& title, const QString& text, QDate date, core::Language language,
               QWidget* parent = nullptr);

    /// Lets the user clear the date (a null date): the check box of the date field is shown.
    void setClearable(bool clearable, const QString& checkText = {});
    /// Shows a check box "for every body that is ready" with `text`.
    void setAllOption(const QString& text, bool checked = false);

    [[nodiscard]] QDate date() const;
    [[nodiscard]] bool all() const;

    // For tests.
    [[nodiscard]] DateField* dateField() const { return m_date; }
    [[nodiscard]] QCheckBox* allCheckBox() const { return m_all; }

private:
    QLabel* m_text;
    DateField* m_date;
    QCheckBox* m_all;
};

} // namespace ui
