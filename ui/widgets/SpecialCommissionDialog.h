// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogBase.h"

#include "core/AppealService.h"
#include "core/Text3.h"

#include <QDate>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

/// Forms or changes an authorized body's special commission for a year's objections (§59): when it
/// was formed and its members — name, position, organization, and whether the member represents the
/// Commission's working body. The rules of §59 are shown: no one who took part in that evaluation
/// sits on it (the staff who did are listed), the working body is represented, and the
/// Presidential Administration forms none.
class SpecialCommissionDialog final : public DialogBase
{
    Q_OBJECT
public:
    enum Column { NameColumn, PositionColumn, OrganizationColumn, WorkingBodyColumn, ColumnCount };

    struct Authority
    {
        qint64 id = 0;
        QString text; ///< "PMO  Prime Minister's Office"
        bool pa = false; ///< the Presidential Administration: decides without a special commission
        QStringList participants; ///< staff who took part in its evaluations that year
        std::optional<core::SpecialCommission> commission; ///< the one formed, if any
    };
    struct Organization
    {
        qint64 id = 0;
        QString text;
    };

    SpecialCommissionDialog(int year, std::vector<Authority> authorities, std::vector<Organization> organizations,
                            core::Language language, QWidget* parent = nullptr);

    void setAuthority(qint64 authorityId);
    [[nodiscard]] qint64 authorityId() const;
    [[nodiscard]] QDate formedOn() const;
    void setFormedOn(QDate date);
    [[nodiscard]] std::vector<core::CommissionMember> members() const;
    /// Replaces the members shown.
    void setMembers(const std::vector<core::CommissionMember>& members);
    void addMember(const core::CommissionMember& member);

    // For tests.
    [[nodiscard]] QComboBox* authorityComboBox() const { return m_authority; }
    [[nodiscard]] QTableWidget* membersTable() const { return m_members; }
    [[nodiscard]] QLabel* participantsLabel() const { return m_participants; }

private:
    void onAuthorityChanged();
    void onAddMember();
    void onRemoveMember();
    [[nodiscard]] QComboBox* organizationCombo(std::optional<qint64> selected) const;
    [[nodiscard]] const Authority* currentAuthority() const;

    int m_year;
    std::vector<Authority> m_authorities;
    std::vector<Organization> m_organizations;
    QComboBox* m_authority;
    QDateEdit* m_formed;
    QLabel* m_state;
    QTableWidget* m_members;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_participants;
};

} // namespace ui
