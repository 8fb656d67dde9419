// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Registry.h"

class QDateEdit;

namespace ui {

class NameEditor;

/// A new name of a body from a given day (a renaming that keeps the body and its code).
class DatedNameDialog final : public DialogBase
{
    Q_OBJECT
public:
    DatedNameDialog(const core::BodyName& current, core::Language language, QWidget* parent = nullptr);
    [[nodiscard]] core::BodyName name() const;

private:
    QDateEdit* m_from;
    NameEditor* m_name;
};

/// The last day of a body's existence.
class RetireDialog final : public DialogBase
{
    Q_OBJECT
public:
    RetireDialog(const QString& bodyName, core::Language language, QWidget* parent = nullptr);
    [[nodiscard]] QDate lastDay() const;

private:
    QDateEdit* m_lastDay;
};

} // namespace ui
