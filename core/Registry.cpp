// SPDX-License-Identifier: GPL-3.0-or-later
#include "Registry.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace core {

namespace {

template <typename E, std::size_t N>
std::optional<E> parseFrom(const std::array<std::pair<E, QStringView>, N>& table, const QString& text)
{
    for (const auto& [value, name] : table)
        if (name == text)
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QStringView>, N>& table, E value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return name.toString();
    return {};
}

constexpr std::array<std::pair<BodyKind, QStringView>, 4> bodyKinds{{
    {BodyKind::Central, u"central"},
    {BodyKind::Oblast, u"oblast"},
    {BodyKind::City, u"city"},
    {BodyKind::Capital, u"capital"},
}};

constexpr std::array<std::pair<Role, QStringView>, 8> roles{{
    {Role::PA, u"pa"},
    {Role::PMO, u"pmo"},
    {Role::StatePlanning, u"state-planning"},
    {Role::CivilService, u"civil-service"},
    {Role::Budget, u"budget"},
    {Role::LegalStatistics, u"legal-statistics"},
    {Role::Informatization, u"informatization"},
    {Role::Information, u"information"},
}};

constexpr std::array<std::pair<ReorganizationKind, QStringView>, 6> reorganizationKinds{{
    {ReorganizationKind::Split, u"split"},
    {ReorganizationKind::SpinOff, u"spin-off"},
    {ReorganizationKind::Merge, u"merge"},
    {ReorganizationKind::Rename, u"rename"},
    {ReorganizationKind::FunctionsMoved, u"functions-moved"},
    {ReorganizationKind::Liquidation, u"liquidation"},
}};

} // namespace

QString toString(BodyKind kind)
{
    return nameOf(bodyKinds, kind);
}

std::optional<BodyKind> parseBodyKind(const QString& text)
{
    return parseFrom(bodyKinds, text);
}

QString toString(Role role)
{
    return nameOf(roles, role);
}

std::optional<Role> parseRole(const QString& text)
{
    return parseFrom(roles, text);
}

const std::vector<Role>& allRoles()
{
    static const std::vector<Role> all = [] {
        std::vector<Role> v;
        for (const auto& [role, name] : roles)
            v.push_back(role);
        return v;
    }();
    return all;
}

int paragraphItem(Role role)
{
    return static_cast<int>(role) + 1;
}

QString toString(ReorganizationKind kind)
{
    return nameOf(reorganizationKinds, kind);
}

std::optional<ReorganizationKind> parseReorganizationKind(const QString& text)
{
    return parseFrom(reorganizationKinds, text);
}

bool endsPredecessors(ReorganizationKind kind)
{
    switch (kind) {
    case ReorganizationKind::Split:
    case ReorganizationKind::Merge:
    case ReorganizationKind::Rename:
    case ReorganizationKind::Liquidation:
        return true;
    case ReorganizationKind::SpinOff:
    case ReorganizationKind::FunctionsMoved:
        return false;
    }
    return false;
}

std::vector<int> Scope::blocks() const
{
    std::vector<int> result;
    if (block1)
        result.push_back(1);
    if (block2)
        result.push_back(2);
    if (block3)
        result.push_back(3);
    return result;
}

bool isValidOn(QDate from, QDate to, QDate date)
{
    return (from.isNull() || from <= date) && (to.isNull() || date <= to);
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate parseIsoDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

bool Body::isValidOn(QDate date) const
{
    return core::isValidOn(fields.validFrom, fields.validTo, date);
}

bool Body::overlaps(QDate from, QDate to) const
{
    return (fields.validFrom.isNull() || fields.validFrom <= to) && (fields.validTo.isNull() || from <= fields.validTo);
}

const BodyName& Body::nameOn(QDate date) const
{
    Q_ASSERT(!names.empty());
    const BodyName* current = &names.front();
    for (const BodyName& name : names)
        if (name.validFrom.isNull() || name.validFrom <= date)
            current = &name;
    return *current;
}

bool RoleAssignment::isValidOn(QDate date) const
{
    return core::isValidOn(validFrom, validTo, date);
}

QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace core

namespace core {

QVariant sqlReal(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> readReal(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant sqlDateTime(const QDateTime& moment)
{
    return moment.isValid() ? QVariant(moment.toUTC().toString(Qt::ISODateWithMs))
                            : QVariant(QMetaType(QMetaType::QString));
}

QDateTime readDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace core
