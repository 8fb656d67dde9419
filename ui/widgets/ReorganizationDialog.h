// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/Registry.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace ui {

/// Records a reorganization: date, kind, bodies before and after (many to many), and whether the
/// bodies before cease to exist.
class ReorganizationDialog final : public DialogBase
{
    Q_OBJECT
public:
    ReorganizationDialog(const std::vector<core::Body>& bodies, core::Language language,
                         std::optional<qint64> preselected, QWidget* parent = nullptr);

    [[nodiscard]] core::Reorganization reorganization() const;
    [[nodiscard]] bool retirePredecessors() const;

private:
    void onKindChanged();

    QDateEdit* m_date;
    QComboBox* m_kind;
    QCheckBox* m_approximate;
    QListWidget* m_from;
    QListWidget* m_to;
    QCheckBox* m_retire;
    QLineEdit* m_note[3];
};

} // namespace ui
