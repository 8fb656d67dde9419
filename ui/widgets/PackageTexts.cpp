// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageTexts.h"

#include "ReportTexts.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/Reports.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ui {

QString PackageTexts::kind(core::PackageKind kind)
{
    switch (kind) {
    case core::PackageKind::Template:
        return tr("Template");
    case core::PackageKind::Report:
        return tr("Report");
    case core::PackageKind::Return:
        return tr("Return for revision");
    }
    return {};
}

QString PackageTexts::moment(const QDateTime& utc, core::Language language)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return date(local.date(), language) + u' ' + local.time().toString(u"HH:mm"_s);
}

QString PackageTexts::date(QDate date, core::Language language)
{
    return date.isValid() ? Language::localeFor(language).toString(date, Language::dateFormat(language)) : QString();
}

QString PackageTexts::blocks(const std::vector<int>& blocks)
{
    QStringList parts;
    for (const int b : blocks)
        parts << QString::number(b);
    return parts.join(u", "_s);
}

QString PackageTexts::shortHash(const QString& sha256)
{
    return sha256.left(12);
}

QString PackageTexts::changeField(const core::PackageChange& change)
{
    switch (change.kind) {
    case core::PackageChange::Kind::ReportState:
        return tr("State of the report");
    case core::PackageChange::Kind::Evidence:
        return tr("Evidence file: %1").arg(change.field);
    case core::PackageChange::Kind::Remark:
        return ReportTexts::packageField(u"remark"_s);
    case core::PackageChange::Kind::Value:
    case core::PackageChange::Kind::Note:
        return ReportTexts::packageField(change.field);
    }
    return change.field;
}

QString PackageTexts::changeValue(const core::PackageChange& change, const QString& value)
{
    if (value.isEmpty())
        return {};
    if (change.kind == core::PackageChange::Kind::ReportState || change.field == u"state") {
        // "submitted" or "submitted (2)": the state by name, the revision as it is.
        static const QRegularExpression statePrefix(u"^([a-z]+)(.*)$"_s);
        const QRegularExpressionMatch match = statePrefix.match(value);
        if (match.hasMatch())
            if (const auto state = core::parseReportState(match.captured(1)))
                return ReportTexts::state(*state) + match.captured(2);
        return value;
    }
    if (change.kind == core::PackageChange::Kind::Value) {
        bool ok = false;
        const double number = value.toDouble(&ok); // core writes numbers in the C locale
        if (ok && change.field == u"source_type")
            return Labels::sourceType(static_cast<int>(number));
        if (ok)
            return Language::formatNumber(number);
    }
    return value;
}

QString PackageTexts::templateFileName(const QString& bodyCode, int year)
{
    return u"%1-%2-template.bagalau"_s.arg(bodyCode).arg(year);
}

QString PackageTexts::packageFileName(const QString& bodyCode, int year, core::PackageKind kind, qint64 sequence)
{
    return u"%1-%2-%3-%4.bagalau"_s.arg(bodyCode).arg(year).arg(core::toString(kind)).arg(sequence);
}

QString PackageTexts::fileFilter()
{
    return tr("Bagalau packages (*.bagalau);;All files (*)");
}

} // namespace ui
